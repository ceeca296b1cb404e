"""Compact builders for the gold records of the invented case files (RECORD.md shape)."""


def E(kind, date, period, venue, bloc, roles=(), members=(), mc=None, awards=(), docs=(), people=(), camps=()):
    return dict(kind=kind, date=date, period=None if period is None else dict(year=period[0], months=period[1]),
                venue=venue, bloc=None if bloc is None else dict(name=bloc[0], number=bloc[1]),
                roles=[dict(role=r, org=o, year=y) for r, o, y in roles], members=list(members), member_count=mc,
                awards=[dict(kind=k, level=l, recipient_type=t, count=c, status=s) for k, l, t, c, s in awards],
                documents=[dict(type=t, number=n, date=d, issuer=i) for t, n, d, i in docs],
                people=[dict(name=n, title=t) for n, t in people], campaigns=list(camps))

def R(title, published, author, province, events):
    return dict(title=title, published=published, author=author, province=province, events=events)



def collector():
    """A case list and the `case(id, text, gold)` function that fills it."""
    cases = []

    def case(id, text, gold):
        cases.append(dict(id=id, text=text, gold=gold))

    return cases, case
