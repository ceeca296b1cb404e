"""Invented probe articles (written for this project, not taken from any source),
each aimed at a few fields; `exp` keys are checked only where given.

Read by tests/test_variants.py. Keys of `exp`: kind, date, member_count (first
event, exact); period as (year, months); venue and bloc (name, number) matched
leniently; bloc_strict (canonical name equality); province; n_events; roles as
(role, year, org); members and campaigns (name lists); awards as (kind, level,
recipient_type, count, status); documents as (type, number, date, issuer);
people as (name, title or None); empty=True for articles that must give no event.
"""
CASES = [
dict(id="c01", aim="combined tổng kết + ký giao ước, Roman numeral cluster, venue after tại, province stated",
text="""Cụm thi đua số IV tổng kết công tác thi đua, khen thưởng năm 2023
28/12/2023 10:15
Sáng 27/12, tại Ủy ban nhân dân huyện Nghi Lộc, Cụm thi đua số IV tỉnh Nghệ An tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 và ký kết giao ước thi đua năm 2024.
Năm 2023, các đơn vị trong Cụm đã hoàn thành tốt các chỉ tiêu được giao.
Hội nghị đã tiến hành ký kết giao ước thi đua năm 2024 giữa các đơn vị.""",
exp=dict(kind="tong_ket", date="2023-12-27", period=(2023, 12), venue="Ủy ban nhân dân huyện Nghi Lộc", bloc=("Cụm thi đua số IV", 4), province="Nghệ An", n_events=1)),

dict(id="c02", aim="sơ kết 6 tháng, date from published line",
text="""Khối thi đua các cơ quan Đảng tỉnh Quảng Trị sơ kết 6 tháng đầu năm
19/07/2024 16:40
Chiều 18/7, Khối thi đua các cơ quan Đảng tỉnh Quảng Trị tổ chức hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm.
Ban Tuyên giáo Tỉnh ủy, đơn vị Trưởng khối năm 2024 chủ trì hội nghị.""",
exp=dict(kind="so_ket", date="2024-07-18", period=(2024, 6), province="Quảng Trị", bloc=("Khối thi đua các cơ quan Đảng", None), roles=[("leader", 2024, "Ban Tuyên giáo Tỉnh ủy")])),

dict(id="c03", aim="giao ước alone, year-less date, no published line, year from 'năm 2025'",
text="""Khối thi đua số 5 ký kết giao ước thi đua năm 2025
Ngày 14/3, Khối thi đua số 5 thuộc UBND tỉnh Hải Dương tổ chức hội nghị ký kết giao ước thi đua năm 2025.
Các đơn vị cam kết thực hiện thắng lợi nhiệm vụ chính trị năm 2025.""",
exp=dict(kind="giao_uoc", date="2025-03-14", period=(2025, 12), bloc=("Khối thi đua số 5", 5), province="Hải Dương")),

dict(id="c04", aim="headline 'phát động thi đua và ký giao ước' ⇒ phat_dong",
text="""Khối thi đua các doanh nghiệp tỉnh Bình Dương phát động thi đua và ký giao ước năm 2024
Sáng 22/2/2024, Khối thi đua các doanh nghiệp tỉnh Bình Dương tổ chức hội nghị phát động phong trào thi đua và ký kết giao ước thi đua năm 2024.
Tổng công ty Becamex IDC là đơn vị Trưởng khối năm 2024.""",
exp=dict(kind="phat_dong", date="2024-02-22", period=(2024, 12), province="Bình Dương", roles=[("leader", 2024, "Tổng công ty Becamex IDC")])),

dict(id="c05", aim="'ký kết giao ước, đồng thời phát động' ⇒ giao_uoc",
text="""Cụm thi đua các huyện miền núi ký kết giao ước thi đua năm 2024
Ngày 5/3/2024, tại huyện Tam Đường, Cụm thi đua các huyện miền núi tỉnh Lai Châu tổ chức ký kết giao ước thi đua năm 2024, đồng thời phát động đợt thi đua cao điểm chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.""",
exp=dict(kind="giao_uoc", date="2024-03-05", period=(2024, 12), venue="huyện Tam Đường", province="Lai Châu")),

dict(id="c06", aim="other: sports meet with year ⇒ other, period (2024, None)",
text="""Khối thi đua các trường đại học, cao đẳng tổ chức Hội thao năm 2024
Sáng 20/4/2024, Khối thi đua các trường đại học, cao đẳng tỉnh Thái Nguyên khai mạc Hội thao năm 2024 tại Trường Đại học Sư phạm Thái Nguyên.
Hội thao có 450 vận động viên đến từ 9 trường tham gia.""",
exp=dict(kind="other", date="2024-04-20", period=(2024, None), venue="Trường Đại học Sư phạm Thái Nguyên", bloc=("Khối thi đua các trường đại học, cao đẳng", None), province="Thái Nguyên")),

dict(id="c07", aim="January review of previous year; date 'ngày 5 tháng 1 năm 2024'; roles current+elected",
text="""Khối thi đua Kinh tế tổng hợp tổng kết năm 2023
Ngày 5 tháng 1 năm 2024, Khối thi đua Kinh tế tổng hợp tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.
Sở Tài chính, đơn vị Trưởng khối năm 2023 chủ trì hội nghị.
Hội nghị đã bầu Sở Kế hoạch và Đầu tư làm Trưởng khối, Cục Thống kê tỉnh làm Phó trưởng khối năm 2024.""",
exp=dict(kind="tong_ket", date="2024-01-05", period=(2023, 12), province="Tuyên Quang",
 roles=[("leader", 2023, "Sở Tài chính"), ("leader", 2024, "Sở Kế hoạch và Đầu tư"), ("vice_leader", 2024, "Cục Thống kê tỉnh")])),

dict(id="c08", aim="roles: 'thống nhất bầu X làm Khối trưởng, Y làm Khối phó năm 2025' in hospital bloc",
text="""Khối thi đua các bệnh viện tuyến tỉnh Hà Tĩnh tổng kết năm 2024
30/12/2024
Chiều 27/12, Khối thi đua các bệnh viện tuyến tỉnh tổ chức hội nghị tổng kết năm 2024. Bệnh viện Đa khoa tỉnh Hà Tĩnh (Khối trưởng) và Bệnh viện Y học cổ truyền tỉnh (Khối phó) đồng chủ trì.
Hội nghị thống nhất bầu Bệnh viện Phục hồi chức năng làm Khối trưởng, Bệnh viện Mắt làm Khối phó năm 2025.""",
exp=dict(kind="tong_ket", date="2024-12-27", period=(2024, 12), province="Hà Tĩnh",
 roles=[("leader", 2024, "Bệnh viện Đa khoa tỉnh Hà Tĩnh"), ("vice_leader", 2024, "Bệnh viện Y học cổ truyền tỉnh"),
        ("leader", 2025, "Bệnh viện Phục hồi chức năng"), ("vice_leader", 2025, "Bệnh viện Mắt")])),

dict(id="c09", aim="roles: 'Trưởng khối năm 2025 được giao cho X; Phó trưởng khối là Y' (tax/customs), province inferred from unit",
text="""Khối thi đua các cơ quan Trung ương đóng trên địa bàn tổng kết năm 2024
Sáng 3/1/2025, Cục Thuế tỉnh Bắc Ninh, đơn vị Trưởng khối năm 2024, chủ trì hội nghị tổng kết công tác thi đua năm 2024 của Khối thi đua các cơ quan Trung ương đóng trên địa bàn.
Theo phân công luân phiên, Trưởng khối năm 2025 được giao cho Chi cục Hải quan Bắc Ninh; Phó trưởng khối là Kho bạc Nhà nước Bắc Ninh.""",
exp=dict(kind="tong_ket", date="2025-01-03", period=(2024, 12), province="Bắc Ninh",
 roles=[("leader", 2024, "Cục Thuế tỉnh Bắc Ninh"), ("leader", 2025, "Chi cục Hải quan Bắc Ninh"), ("vice_leader", 2025, "Kho bạc Nhà nước Bắc Ninh")])),

dict(id="c10", aim="roles: Cụm trưởng/Cụm phó for districts",
text="""Cụm thi đua số 3 tổng kết năm 2023
Ngày 26/12/2023, UBND huyện Lục Ngạn (Cụm trưởng) phối hợp với UBND huyện Sơn Động (Cụm phó) tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 Cụm thi đua số 3 tỉnh Bắc Giang.
Năm 2024, UBND huyện Lục Nam được bầu làm Cụm trưởng, UBND huyện Yên Thế làm Cụm phó.""",
exp=dict(kind="tong_ket", date="2023-12-26", bloc=("Cụm thi đua số 3", 3), province="Bắc Giang",
 roles=[("leader", 2023, "UBND huyện Lục Ngạn"), ("vice_leader", 2023, "UBND huyện Sơn Động"), ("leader", 2024, "UBND huyện Lục Nam"), ("vice_leader", 2024, "UBND huyện Yên Thế")])),

dict(id="c11", aim="leader given via a person: 'Giám đốc Sở Công Thương, Trưởng Khối thi đua'; people title after name",
text="""Khối thi đua Kinh tế - Kỹ thuật sơ kết 6 tháng đầu năm 2024
Ngày 12/7/2024, Khối thi đua Kinh tế - Kỹ thuật tỉnh Long An tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.
Đồng chí Trần Văn Hùng, Giám đốc Sở Công Thương, Trưởng Khối thi đua chủ trì hội nghị.
Dự hội nghị có đồng chí Nguyễn Thị Mai, Phó Trưởng Ban Thi đua - Khen thưởng tỉnh.""",
exp=dict(kind="so_ket", period=(2024, 6), province="Long An", bloc=("Khối thi đua Kinh tế - Kỹ thuật", None),
 people=[("Trần Văn Hùng", "Giám đốc Sở Công Thương, Trưởng Khối thi đua"), ("Nguyễn Thị Mai", "Phó Trưởng Ban Thi đua - Khen thưởng tỉnh")])),

dict(id="c12", aim="members colon list with final 'và' + member_count digits",
text="""Khối thi đua Tài chính - Ngân hàng tổng kết năm 2023
Chiều 22/12/2023, Khối thi đua Tài chính - Ngân hàng tỉnh Quảng Ngãi tổ chức hội nghị tổng kết năm 2023.
Khối gồm 7 đơn vị: Sở Tài chính, Sở Kế hoạch và Đầu tư, Cục Thuế tỉnh, Kho bạc Nhà nước tỉnh, Ngân hàng Nhà nước chi nhánh tỉnh, Cục Thống kê và Bảo hiểm xã hội tỉnh.""",
exp=dict(kind="tong_ket", member_count=7, province="Quảng Ngãi",
 members=["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh", "Cục Thống kê", "Bảo hiểm xã hội tỉnh"])),

dict(id="c13", aim="distributive list 'Công an các tỉnh: A, B, C và D', count in words, multi-province ⇒ province null, the bloc's fullest printed name",
text="""Cụm thi đua số 1 Công an các tỉnh Tây Bắc tổng kết năm 2023
Ngày 8/12/2023, tại thành phố Điện Biên Phủ, Cụm thi đua số 1 tổ chức hội nghị tổng kết phong trào thi đua "Vì an ninh Tổ quốc" năm 2023.
Cụm gồm bốn đơn vị là Công an các tỉnh: Sơn La, Điện Biên, Lai Châu và Lào Cai.""",
exp=dict(kind="tong_ket", date="2023-12-08", province=None, member_count=4, campaigns=["Vì an ninh Tổ quốc"],
 members=["Công an Sơn La", "Công an Điện Biên", "Công an Lai Châu", "Công an Lào Cai"], venue="thành phố Điện Biên Phủ", bloc=("Cụm thi đua số 1 Công an các tỉnh Tây Bắc", 1))),

dict(id="c14", aim="member count in words 'mười hai cơ quan, đơn vị thành viên'",
text="""Khối thi đua các cơ quan Văn hóa - Xã hội tổng kết năm 2024
Sáng 25/12/2024, Khối thi đua các cơ quan Văn hóa - Xã hội tỉnh Phú Yên tổ chức hội nghị tổng kết năm 2024 với sự tham gia của mười hai cơ quan, đơn vị thành viên.""",
exp=dict(kind="tong_ket", date="2024-12-25", member_count=12, province="Phú Yên")),

dict(id="c15", aim="distributive 'các huyện Yên Lạc, Vĩnh Tường, Tam Dương'",
text="""Cụm thi đua số 2 tỉnh Vĩnh Phúc ký giao ước thi đua năm 2024
Ngày 1/3/2024, Cụm thi đua số 2, gồm UBND các huyện Yên Lạc, Vĩnh Tường và Tam Dương, tổ chức ký kết giao ước thi đua năm 2024.""",
exp=dict(kind="giao_uoc", date="2024-03-01", province="Vĩnh Phúc", bloc=("Cụm thi đua số 2", 2),
 members=["UBND huyện Yên Lạc", "UBND huyện Vĩnh Tường", "UBND huyện Tam Dương"])),

dict(id="c16", aim="award with two authorities 'đề nghị UBND tỉnh, Chính phủ tặng Cờ thi đua'",
text="""Khối thi đua các Sở, ngành nội chính tổng kết năm 2023
22/12/2023
Sáng 21/12, Khối thi đua các Sở, ngành nội chính tỉnh Kiên Giang tổ chức hội nghị tổng kết năm 2023.
Hội nghị đã bình xét, suy tôn Sở Tư pháp là đơn vị dẫn đầu Khối, đề nghị UBND tỉnh, Chính phủ tặng Cờ thi đua.""",
exp=dict(kind="tong_ket", date="2023-12-21", province="Kiên Giang",
 awards=[("co_thi_dua", "tinh", "don_vi", 1, "proposed"), ("co_thi_dua", "chinh_phu", "don_vi", 1, "proposed")])),

dict(id="c17", aim="conferred awards at meeting: flag to 02 units, certificates to 05 collectives and 07 individuals",
text="""Cụm thi đua các huyện, thị xã phía Bắc tổng kết năm 2023
Ngày 29/12/2023, Cụm thi đua các huyện, thị xã phía Bắc tỉnh Thanh Hóa tổ chức hội nghị tổng kết năm 2023.
Tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh đã trao Cờ thi đua của UBND tỉnh cho 02 đơn vị và Bằng khen của Chủ tịch UBND tỉnh cho 05 tập thể, 07 cá nhân có thành tích xuất sắc.""",
exp=dict(kind="tong_ket", date="2023-12-29", province="Thanh Hóa",
 awards=[("co_thi_dua", "tinh", "don_vi", 2, "conferred"), ("bang_khen", "tinh", "tap_the", 5, "conferred"), ("bang_khen", "tinh", "ca_nhan", 7, "conferred")])),

dict(id="c18", aim="PM certificate proposed + bloc-level 'khen thưởng 9 tập thể' conferred",
text="""Khối thi đua các doanh nghiệp Trung ương tổng kết năm 2023
Sáng 10/1/2024, Khối thi đua các doanh nghiệp Trung ương tại tỉnh Khánh Hòa tổ chức hội nghị tổng kết năm 2023.
Hội nghị thống nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 01 đơn vị. Dịp này, Khối đã khen thưởng 9 tập thể có thành tích tiêu biểu.""",
exp=dict(kind="tong_ket", date="2024-01-10", period=(2023, 12), province="Khánh Hòa",
 awards=[("bang_khen", "thu_tuong", "don_vi", 1, "proposed"), ("khen_thuong", "khoi", "tap_the", 9, "conferred")])),

dict(id="c19", aim="danh_hieu 'Tập thể lao động xuất sắc' proposed for 4 collectives",
text="""Khối thi đua các trường THPT tổng kết năm học 2023-2024
Ngày 10/6/2024, Khối thi đua các trường THPT tỉnh Ninh Bình tổ chức hội nghị tổng kết.
Hội nghị bình xét đề nghị công nhận danh hiệu Tập thể lao động xuất sắc cho 04 tập thể.""",
exp=dict(kind="tong_ket", date="2024-06-10", province="Ninh Bình",
 awards=[("danh_hieu", None, "tap_the", 4, "proposed")])),

dict(id="c20", aim="ministry-level flag (Bộ Công an) proposed",
text="""Khối An ninh nhân dân Công an tỉnh Đắk Nông tổng kết năm 2023
Ngày 15/11/2023, Khối thi đua An ninh nhân dân Công an tỉnh Đắk Nông tổ chức hội nghị tổng kết phong trào thi đua năm 2023.
Hội nghị suy tôn Phòng An ninh kinh tế dẫn đầu Khối, đề nghị Bộ Công an tặng Cờ thi đua.""",
exp=dict(kind="tong_ket", date="2023-11-15", province="Đắk Nông",
 awards=[("co_thi_dua", "bo_nganh", "don_vi", 1, "proposed")])),

dict(id="c21", aim="document 'Kế hoạch số 45/KH-HĐTĐKT ngày 10/02/2024 của Hội đồng Thi đua - Khen thưởng tỉnh'",
text="""Khối thi đua số 7 ký kết giao ước thi đua năm 2024
Sáng 27/2/2024, Khối thi đua số 7 tỉnh Hòa Bình tổ chức ký kết giao ước thi đua năm 2024.
Thực hiện Kế hoạch số 45/KH-HĐTĐKT ngày 10/02/2024 của Hội đồng Thi đua - Khen thưởng tỉnh, các đơn vị thống nhất nội dung giao ước.""",
exp=dict(kind="giao_uoc", bloc=("Khối thi đua số 7", 7), province="Hòa Bình",
 documents=[("ke_hoach", "45/KH-HĐTĐKT", "2024-02-10", "Hội đồng Thi đua - Khen thưởng tỉnh")])),

dict(id="c22", aim="Party documents: Chỉ thị 34-CT/TW, Kết luận số 46-KL/TU ⇒ other",
text="""Khối thi đua các cơ quan Đảng, Mặt trận, đoàn thể tổng kết năm 2023
Ngày 20/12/2023, Khối thi đua các cơ quan Đảng, Mặt trận, đoàn thể tỉnh Gia Lai tổ chức hội nghị tổng kết năm 2023.
Các đơn vị đã quán triệt Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị và Kết luận số 46-KL/TU ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy.""",
exp=dict(kind="tong_ket", province="Gia Lai",
 documents=[("chi_thi", "34-CT/TW", "2014-04-07", "Bộ Chính trị"), ("other", "46-KL/TU", "2023-03-15", "Ban Thường vụ Tỉnh ủy")])),

dict(id="c23", aim="documents without 'số': 'Nghị định 98/2023/NĐ-CP'; Hướng dẫn 12/HD-SNV; spaces in number",
text="""Cụm thi đua số 5 sơ kết 6 tháng đầu năm 2024
Ngày 16/7/2024, Cụm thi đua số 5 tỉnh Bến Tre tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.
Các đơn vị thực hiện theo Nghị định 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ và Hướng dẫn 12/HD-SNV ngày 5/1/2024 của Sở Nội vụ; Quyết định số 1234 /QĐ-UBND ngày 2/5/2024 của UBND tỉnh.""",
exp=dict(kind="so_ket", province="Bến Tre",
 documents=[("nghi_dinh", "98/2023/NĐ-CP", "2023-12-31", "Chính phủ"), ("huong_dan", "12/HD-SNV", "2024-01-05", "Sở Nội vụ"), ("quyet_dinh", "1234/QĐ-UBND", "2024-05-02", "UBND tỉnh")])),

dict(id="c24", aim="people: title before name, rank before name, dash title",
text="""Khối thi đua Công an tỉnh Cao Bằng tổng kết năm 2024
Ngày 18/11/2024, Khối thi đua Xây dựng lực lượng Công an tỉnh Cao Bằng tổ chức hội nghị tổng kết.
Đại tá Hoàng Minh Tuấn, Phó Giám đốc Công an tỉnh chủ trì hội nghị. Dự hội nghị có Phó Giám đốc Sở Nội vụ Lê Văn Nam và ông Phạm Quốc Bảo - Trưởng phòng Tổ chức cán bộ.""",
exp=dict(kind="tong_ket", province="Cao Bằng",
 people=[("Hoàng Minh Tuấn", "Đại tá, Phó Giám đốc Công an tỉnh"), ("Lê Văn Nam", "Phó Giám đốc Sở Nội vụ"), ("Phạm Quốc Bảo", "Trưởng phòng Tổ chức cán bộ")])),

dict(id="c25", aim="campaigns in curly quotes, two of them",
text="""Khối thi đua các cơ quan Dân vận tổng kết năm 2023
Chiều 19/12/2023, Khối thi đua các cơ quan Dân vận tỉnh Sóc Trăng tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” và phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” năm 2023.""",
exp=dict(kind="tong_ket", date="2023-12-19", province="Sóc Trăng",
 campaigns=["Dân vận khéo", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"])),

dict(id="c26", aim="national bloc ⇒ province null; chaired by central body",
text="""Khối thi đua các Ban Đảng Trung ương tổng kết năm 2023
Sáng 9/1/2024, tại Hà Nội, Khối thi đua các Ban Đảng Trung ương tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.
Ban Tổ chức Trung ương, đơn vị Trưởng Khối năm 2023 chủ trì hội nghị. Ban Dân vận Trung ương được bầu làm Trưởng Khối năm 2024.""",
exp=dict(kind="tong_ket", date="2024-01-09", period=(2023, 12), province=None, venue="Hà Nội",
 roles=[("leader", 2023, "Ban Tổ chức Trung ương"), ("leader", 2024, "Ban Dân vận Trung ương")])),

dict(id="c27", aim="city province 'thành phố Đà Nẵng' ⇒ Đà Nẵng; Khối thi đua III Roman",
text="""Khối thi đua III thành phố Đà Nẵng tổng kết năm 2023
Chiều 28/12/2023, Khối thi đua III thành phố Đà Nẵng tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 tại Hội trường Sở Văn hóa và Thể thao.""",
exp=dict(kind="tong_ket", date="2023-12-28", province="Đà Nẵng", bloc=("Khối thi đua III", 3), venue="Sở Văn hóa và Thể thao")),

dict(id="c28", aim="cluster of provinces ⇒ province null; 'Cụm thi đua các tỉnh Tây Nguyên'",
text="""Cụm thi đua các tỉnh Tây Nguyên ký kết giao ước thi đua năm 2024
Ngày 15/3/2024, tại thành phố Buôn Ma Thuột, Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị ký kết giao ước thi đua năm 2024 với sự tham gia của UBND 5 tỉnh: Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm Đồng.""",
exp=dict(kind="giao_uoc", date="2024-03-15", province=None, venue="thành phố Buôn Ma Thuột", member_count=5,
 members=["UBND Kon Tum", "UBND Gia Lai", "UBND Đắk Lắk", "UBND Đắk Nông", "UBND Lâm Đồng"])),

dict(id="c29", aim="bloc name with dash and commas; 'Khối thi đua Các cơ quan tham mưu tổng hợp – nội chính'",
text="""Khối thi đua Các cơ quan tham mưu tổng hợp – nội chính sơ kết 6 tháng năm 2024
Ngày 10/7/2024, Khối thi đua Các cơ quan tham mưu tổng hợp – nội chính tỉnh Bình Phước tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.""",
exp=dict(kind="so_ket", date="2024-07-10", period=(2024, 6), province="Bình Phước", bloc=("Khối thi đua Các cơ quan tham mưu tổng hợp – nội chính", None))),

dict(id="c30", aim="trade-union cluster, 'Cụm thi đua số II', held 'ở' a company",
text="""Cụm thi đua số II Liên đoàn Lao động tỉnh Thái Bình tổng kết năm 2023
Sáng 21/12/2023, Cụm thi đua số II thuộc Liên đoàn Lao động tỉnh Thái Bình tổ chức hội nghị tổng kết hoạt động công đoàn năm 2023 ở Công ty TNHH May Sông Hồng.
Công đoàn huyện Vũ Thư là đơn vị Cụm trưởng năm 2023.""",
exp=dict(kind="tong_ket", date="2023-12-21", province="Thái Bình", bloc=("Cụm thi đua số II", 2), venue="Công ty TNHH May Sông Hồng",
 roles=[("leader", 2023, "Công đoàn huyện Vũ Thư")])),

dict(id="c31", aim="district Party committees cluster, period 'các tháng đầu năm'",
text="""Cụm thi đua các huyện ủy, thị ủy sơ kết công tác các tháng đầu năm 2024
Ngày 2/8/2024, Cụm thi đua các huyện ủy, thị ủy tỉnh Hưng Yên tổ chức hội nghị sơ kết công tác thi đua các tháng đầu năm 2024 tại Huyện ủy Văn Lâm.""",
exp=dict(kind="so_ket", date="2024-08-02", period=(2024, None), province="Hưng Yên", venue="Huyện ủy Văn Lâm")),

dict(id="c32", aim="army bloc with 'Khối thi đua số 6' + dates 'ngày 16-12'",
text="""Khối thi đua số 6 Quân khu 4 tổng kết năm 2023
Ngày 16-12-2023, Khối thi đua số 6 Quân khu 4 tổ chức hội nghị tổng kết phong trào Thi đua Quyết thắng năm 2023.
Bộ Chỉ huy Quân sự tỉnh Quảng Bình là đơn vị Trưởng khối.""",
exp=dict(kind="tong_ket", date="2023-12-16", period=(2023, 12), bloc=("Khối thi đua số 6", 6),
 roles=[("leader", 2023, "Bộ Chỉ huy Quân sự tỉnh Quảng Bình")])),

dict(id="c33", aim="late-December year-less date w/ published in Jan next year",
text="""Khối thi đua Nông nghiệp - Tài nguyên tổng kết năm 2024
Cập nhật: 03/01/2025
Chiều 30/12, Khối thi đua Nông nghiệp - Tài nguyên tỉnh Yên Bái tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.""",
exp=dict(kind="tong_ket", date="2024-12-30", period=(2024, 12), province="Yên Bái")),

dict(id="c34", aim="handover-only ('bàn giao nhiệm vụ Trưởng khối … giữa A và B') ⇒ other, A's outgoing term and B's, B by its fuller printed name",
text="""Bàn giao nhiệm vụ Trưởng Khối thi đua các cơ quan Tư pháp
Ngày 15/1/2024, tại Sở Tư pháp tỉnh An Giang, diễn ra lễ bàn giao nhiệm vụ Trưởng Khối thi đua các cơ quan Tư pháp năm 2024 giữa Cục Thi hành án dân sự tỉnh và Sở Tư pháp.
Theo đó, Sở Tư pháp nhận nhiệm vụ Trưởng Khối năm 2024.""",
exp=dict(kind="other", date="2024-01-15", province="An Giang", venue="Sở Tư pháp tỉnh An Giang",
 roles=[("leader", 2023, "Cục Thi hành án dân sự tỉnh"), ("leader", 2024, "Sở Tư pháp tỉnh An Giang")])),

dict(id="c35", aim="'Khối trưởng, Khối phó' in one list via parentheses after names with 'năm 2024'",
text="""Khối thi đua các Hội đặc thù tổng kết năm 2024
Ngày 24/12/2024, Khối thi đua các Hội đặc thù tỉnh Quảng Nam tổ chức hội nghị tổng kết năm 2024.
Hội nghị đã bỏ phiếu bầu Hội Chữ thập đỏ tỉnh và Hội Người mù tỉnh lần lượt làm Khối trưởng và Khối phó năm 2025.""",
exp=dict(kind="tong_ket", date="2024-12-24", province="Quảng Nam",
 roles=[("leader", 2025, "Hội Chữ thập đỏ tỉnh"), ("vice_leader", 2025, "Hội Người mù tỉnh")])),

dict(id="c36", aim="enterprise bloc: members with 'gồm các đơn vị:' semicolons",
text="""Khối thi đua các doanh nghiệp nhà nước ký giao ước thi đua năm 2024
Sáng 7/3/2024, Khối thi đua các doanh nghiệp nhà nước tỉnh Lâm Đồng ký kết giao ước thi đua năm 2024.
Khối gồm các đơn vị: Công ty TNHH MTV Lâm nghiệp Bảo Lâm; Công ty CP Cấp thoát nước Lâm Đồng; Công ty Điện lực Lâm Đồng; Công ty TNHH MTV Xổ số kiến thiết Lâm Đồng.""",
exp=dict(kind="giao_uoc", date="2024-03-07", province="Lâm Đồng",
 members=["Công ty TNHH MTV Lâm nghiệp Bảo Lâm", "Công ty CP Cấp thoát nước Lâm Đồng", "Công ty Điện lực Lâm Đồng", "Công ty TNHH MTV Xổ số kiến thiết Lâm Đồng"])),

dict(id="n1", aim="NEGATIVE: agency's own year-end review",
text="""Sở Tư pháp tổng kết công tác năm 2023
Chiều 28/12/2023, Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị tổng kết công tác tư pháp năm 2023, triển khai nhiệm vụ năm 2024.
Dịp này, Sở đã trao Giấy khen cho 12 tập thể, 25 cá nhân.""",
exp=dict(empty=True)),

dict(id="n2", aim="NEGATIVE: Đảng bộ Khối các cơ quan tỉnh",
text="""Đảng bộ Khối các cơ quan tỉnh tổng kết công tác xây dựng Đảng năm 2023
Ngày 5/1/2024, Đảng ủy Khối các cơ quan tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023.
Hội nghị đã khen thưởng 15 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ.""",
exp=dict(empty=True)),

dict(id="n3", aim="NEGATIVE: khối đại đoàn kết + provincial emulation congress",
text="""Đại hội Thi đua yêu nước tỉnh Trà Vinh lần thứ VI
Sáng 20/9/2024, tỉnh Trà Vinh long trọng tổ chức Đại hội Thi đua yêu nước lần thứ VI.
Đại hội khẳng định phong trào thi đua đã góp phần củng cố khối đại đoàn kết toàn dân tộc. Các khối, cụm thi đua của tỉnh đã hoạt động hiệu quả.""",
exp=dict(empty=True)),

dict(id="n4", aim="NEGATIVE: UBND tỉnh launches campaign mentioning blocs in passing",
text="""UBND tỉnh Cà Mau phát động phong trào thi đua năm 2024
Ngày 19/2/2024, UBND tỉnh Cà Mau tổ chức lễ phát động phong trào thi đua năm 2024.
Chủ tịch UBND tỉnh yêu cầu các khối, cụm thi đua tổ chức ký kết giao ước thi đua trước ngày 15/3/2024.""",
exp=dict(empty=True)),
]
EXTRA = [
dict(id="e01", aim="published 'Cập nhật lúc 14:05 ngày 05/01/2024'; 'Chiều ngày 04/01' review of previous year",
text="""Khối thi đua các cơ quan Nội chính tổng kết năm 2023
Cập nhật lúc 14:05 ngày 05/01/2024
Chiều ngày 04/01, Khối thi đua các cơ quan Nội chính tỉnh Bạc Liêu tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.""",
exp=dict(kind="tong_ket", date="2024-01-04", period=(2023, 12), province="Bạc Liêu")),
dict(id="e02", aim="roles: 'được Hội nghị suy tôn là đơn vị Trưởng khối năm 2024, X là đơn vị Phó trưởng khối'",
text="""Khối thi đua Kinh tế - Hạ tầng tổng kết năm 2023
Ngày 27/12/2023, Khối thi đua Kinh tế - Hạ tầng tỉnh Sơn La tổ chức hội nghị tổng kết năm 2023.
Sở Xây dựng được Hội nghị suy tôn là đơn vị Trưởng khối năm 2024, Sở Giao thông vận tải là đơn vị Phó trưởng khối.""",
exp=dict(kind="tong_ket", province="Sơn La", roles=[("leader", 2024, "Sở Xây dựng"), ("vice_leader", 2024, "Sở Giao thông vận tải")])),
dict(id="e03", aim="roles via person 'Giám đốc Sở Y tế - đơn vị Trưởng Khối năm 2023'",
text="""Khối thi đua Văn hóa - Xã hội tổng kết năm 2023
Sáng 26/12/2023, Khối thi đua Văn hóa - Xã hội tỉnh Hậu Giang tổ chức hội nghị tổng kết.
Đồng chí Lê Văn Tâm, Giám đốc Sở Y tế - đơn vị Trưởng Khối năm 2023 chủ trì hội nghị.""",
exp=dict(kind="tong_ket", province="Hậu Giang", roles=[("leader", 2023, "Sở Y tế")], people=[("Lê Văn Tâm", "Giám đốc Sở Y tế")])),
dict(id="e04", aim="roles 'giới thiệu X làm Trưởng khối và Y làm Phó trưởng khối năm 2025'",
text="""Khối thi đua các cơ quan tham mưu tổng kết năm 2024
Ngày 20/12/2024, Khối thi đua các cơ quan tham mưu tỉnh Điện Biên tổ chức hội nghị tổng kết năm 2024.
Hội nghị đã giới thiệu Sở Nội vụ làm Trưởng khối và Thanh tra tỉnh làm Phó trưởng khối năm 2025.""",
exp=dict(kind="tong_ket", province="Điện Biên", roles=[("leader", 2025, "Sở Nội vụ"), ("vice_leader", 2025, "Thanh tra tỉnh")])),
dict(id="e05", aim="member count in parentheses '(gồm 06 đơn vị)'; 'sơ kết 9 tháng'",
text="""Cụm thi đua số 4 sơ kết 9 tháng năm 2024
Ngày 8/10/2024, Cụm thi đua số 4 (gồm 06 đơn vị) thuộc tỉnh Quảng Ninh tổ chức hội nghị sơ kết công tác thi đua 9 tháng năm 2024.""",
exp=dict(kind="so_ket", date="2024-10-08", period=(2024, 9), member_count=6, province="Quảng Ninh", bloc=("Cụm thi đua số 4", 4))),
dict(id="e06", aim="awards: 'đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 03 tập thể và 05 cá nhân'",
text="""Khối thi đua các Sở Kinh tế tổng kết năm 2023
Ngày 25/12/2023, Khối thi đua các Sở Kinh tế tỉnh Đồng Nai tổ chức hội nghị tổng kết năm 2023.
Hội nghị thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 03 tập thể và 05 cá nhân có thành tích xuất sắc.""",
exp=dict(kind="tong_ket", province="Đồng Nai", awards=[("bang_khen", "tinh", "tap_the", 3, "proposed"), ("bang_khen", "tinh", "ca_nhan", 5, "proposed")])),
dict(id="e07", aim="award ministry 'đề nghị Bộ Tài chính tặng Bằng khen cho 2 tập thể'",
text="""Khối thi đua Kho bạc Nhà nước khu vực Tây Nam Bộ tổng kết năm 2023
Ngày 12/12/2023, tại thành phố Cần Thơ, Khối thi đua Kho bạc Nhà nước khu vực Tây Nam Bộ tổ chức hội nghị tổng kết năm 2023.
Hội nghị bình xét đề nghị Bộ Tài chính tặng Bằng khen cho 2 tập thể.""",
exp=dict(kind="tong_ket", province=None, venue="thành phố Cần Thơ", awards=[("bang_khen", "bo_nganh", "tap_the", 2, "proposed")])),
dict(id="e08", aim="documents: Công văn 1224/SNV-TĐKT + Quy chế số 01/QC-KTĐ ⇒ other + Thông tư",
text="""Khối thi đua các cơ quan Khoa giáo ký giao ước thi đua năm 2024
Ngày 1/3/2024, Khối thi đua các cơ quan Khoa giáo tỉnh Kon Tum ký kết giao ước thi đua năm 2024.
Căn cứ Công văn số 1224/SNV-TĐKT ngày 12/11/2023 của Sở Nội vụ, Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ Nội vụ và Quy chế số 01/QC-KTĐ ngày 10/01/2024 của Khối, các đơn vị thống nhất nội dung giao ước.""",
exp=dict(kind="giao_uoc", province="Kon Tum", documents=[("cong_van", "1224/SNV-TĐKT", "2023-11-12", "Sở Nội vụ"), ("thong_tu", "12/2019/TT-BNV", "2019-11-04", "Bộ Nội vụ"), ("other", "01/QC-KTĐ", "2024-01-10", "Khối")])),
dict(id="e09", aim="kind: headline 'Hội nghị tổng kết và bàn giao Trưởng khối' ⇒ tong_ket",
text="""Khối thi đua các trường Cao đẳng: Hội nghị tổng kết và bàn giao nhiệm vụ Trưởng khối
Ngày 29/12/2023, Khối thi đua các trường Cao đẳng tỉnh Bình Định tổ chức hội nghị tổng kết công tác thi đua năm 2023 và bàn giao nhiệm vụ Trưởng khối năm 2024 cho Trường Cao đẳng Y tế Bình Định.""",
exp=dict(kind="tong_ket", date="2023-12-29", period=(2023, 12), province="Bình Định", roles=[("leader", 2024, "Trường Cao đẳng Y tế Bình Định")])),
dict(id="e10", aim="venue 'tại trụ sở UBND huyện Cam Lâm'",
text="""Cụm thi đua các huyện phía Nam tỉnh Khánh Hòa sơ kết 6 tháng
Sáng 15/7/2024, tại trụ sở UBND huyện Cam Lâm, Cụm thi đua các huyện phía Nam tỉnh Khánh Hòa tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.""",
exp=dict(kind="so_ket", date="2024-07-15", venue="UBND huyện Cam Lâm", province="Khánh Hòa")),
dict(id="e11", aim="bloc number with leading zero 'Khối thi đua số 09'; 'TP Hồ Chí Minh'",
text="""Khối thi đua số 09 TP Hồ Chí Minh tổng kết năm 2023
Ngày 22/12/2023, Khối thi đua số 09 TP Hồ Chí Minh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 tại UBND quận 3.""",
exp=dict(kind="tong_ket", date="2023-12-22", bloc=("Khối thi đua số 09", 9), province="Hồ Chí Minh", venue="UBND quận 3")),
dict(id="e12", aim="year-less hyphen date 'ngày 28-12' w/ published '29-12-2023'",
text="""Khối thi đua Đoàn thể chính trị - xã hội tổng kết năm 2023
29-12-2023 | 09:12
Ngày 28-12, Khối thi đua Đoàn thể chính trị - xã hội tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2023.""",
exp=dict(kind="tong_ket", date="2023-12-28", province="Lạng Sơn")),
dict(id="e13", aim="people: 'Thiếu tướng X, Phó Tư lệnh Quân khu 2' and 'bà Lê Thị B, Chủ tịch Công đoàn ngành'",
text="""Khối thi đua các đơn vị Quân khu 2 tổng kết năm 2023
Ngày 14/12/2023, Khối thi đua các đơn vị trực thuộc Quân khu 2 tổ chức hội nghị tổng kết phong trào Thi đua Quyết thắng năm 2023.
Thiếu tướng Nguyễn Hồng Phong, Phó Tư lệnh Quân khu 2 chủ trì. Dự hội nghị có bà Lê Thị Bích, Chủ tịch Công đoàn Quân khu.""",
exp=dict(kind="tong_ket", province=None, people=[("Nguyễn Hồng Phong", "Phó Tư lệnh Quân khu 2"), ("Lê Thị Bích", "Chủ tịch Công đoàn Quân khu")])),
dict(id="e14", aim="NEGATIVE: 'khối ngoại' stock news + 'khối lượng'",
text="""Khối ngoại bán ròng phiên cuối năm 2023
Ngày 29/12/2023, khối ngoại bán ròng hơn 500 tỷ đồng trên sàn HOSE, khối lượng giao dịch đạt 700 triệu cổ phiếu.
Các doanh nghiệp tổng kết năm 2023 với kết quả khả quan.""",
exp=dict(empty=True)),
dict(id="e15", aim="'Cụm thi đua' of police of several provinces with 'Công an các tỉnh, thành phố' ⇒ province null even with host city named",
text="""Cụm thi đua số 4 Công an các tỉnh Đông Nam Bộ ký giao ước năm 2024
Ngày 10/3/2024, tại Công an tỉnh Tây Ninh, Cụm thi đua số 4 gồm Công an các tỉnh Tây Ninh, Bình Phước, Bình Dương và Đồng Nai tổ chức ký kết giao ước thi đua năm 2024. Công an tỉnh Tây Ninh là đơn vị Cụm trưởng năm 2024.""",
exp=dict(kind="giao_uoc", province=None, venue="Công an tỉnh Tây Ninh", roles=[("leader", 2024, "Công an tỉnh Tây Ninh")],
 members=["Công an tỉnh Tây Ninh", "Công an tỉnh Bình Phước", "Công an tỉnh Bình Dương", "Công an tỉnh Đồng Nai"])),
dict(id="e16", aim="bloc whose name contains 'tuyến tỉnh' / 'cấp tỉnh' (not province suffix)",
text="""Khối thi đua các Hội cấp tỉnh sơ kết 6 tháng đầu năm 2024
Ngày 11/7/2024, Khối thi đua các Hội cấp tỉnh của tỉnh Vĩnh Long tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.""",
exp=dict(kind="so_ket", province="Vĩnh Long", bloc=("Khối thi đua các Hội cấp tỉnh", None))),
]
CASES = CASES + EXTRA
L = "Ngày 20/12/2023, Khối thi đua Kinh tế tỉnh Nam Định tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
H = "Khối thi đua Kinh tế tổng kết năm 2023\n"
PROBES = [
dict(id="p01", aim="bloc named 'Khối thi đua các đơn vị sự nghiệp' ⇒ one event",
text="Khối thi đua các đơn vị sự nghiệp tổng kết năm 2023\nNgày 20/12/2023, Khối thi đua các đơn vị sự nghiệp tỉnh Nam Định tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.",
exp=dict(kind="tong_ket", date="2023-12-20", province="Nam Định", bloc_strict="Khối thi đua các đơn vị sự nghiệp")),
dict(id="p02", aim="NEGATIVE: one agency's own review citing its bloc ranking",
text="Sở Công Thương tổng kết công tác năm 2023\nChiều 10/1/2024, Sở Công Thương tỉnh Bình Thuận tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. Năm 2023, Sở được Khối thi đua Kinh tế suy tôn là đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua.",
exp=dict(empty=True)),
dict(id="p03", aim="NEGATIVE: provincial trade-union review mentions a cluster's leading unit",
text="Liên đoàn Lao động tỉnh tổng kết năm 2023\nNgày 10/1/2024, Liên đoàn Lao động tỉnh Bình Thuận tổ chức hội nghị tổng kết năm 2023. Đơn vị dẫn đầu Cụm thi đua số 1 được tặng Cờ thi đua.",
exp=dict(empty=True)),
dict(id="p04", aim="province: 'Khối … Trung ương đóng trên địa bàn tỉnh Bắc Ninh' ⇒ Bắc Ninh",
text="Tin tổng kết\nNgày 20/12/2023, Khối thi đua các cơ quan Trung ương đóng trên địa bàn tỉnh Bắc Ninh tổ chức hội nghị tổng kết năm 2023.",
exp=dict(kind="tong_ket", province="Bắc Ninh")),
dict(id="p05", aim="members: 'Cụm gồm các huyện: Hải Hậu, Giao Thủy, Nghĩa Hưng'",
text="Cụm thi đua số 7 tổng kết năm 2023\nSáng 28/12/2023, Cụm thi đua số 7 tỉnh Nam Định tổ chức hội nghị tổng kết năm 2023.\nCụm gồm các huyện: Hải Hậu, Giao Thủy, Nghĩa Hưng.",
exp=dict(kind="tong_ket", members=["huyện Hải Hậu", "huyện Giao Thủy", "huyện Nghĩa Hưng"])),
dict(id="p06", aim="roles: bare district elected 'bầu huyện Hải Hậu làm Cụm trưởng'",
text="Cụm thi đua số 2 tổng kết năm 2023\nNgày 20/12/2023, Cụm thi đua số 2 tỉnh Nam Định tổ chức hội nghị tổng kết năm 2023.\nHội nghị bầu huyện Hải Hậu làm Cụm trưởng, Thị xã Hoàng Mai làm Cụm phó năm 2024.",
exp=dict(roles=[("leader", 2024, "huyện Hải Hậu"), ("vice_leader", 2024, "Thị xã Hoàng Mai")])),
dict(id="p07", aim="roles: '(Phó Trưởng khối)' after an object org",
text=H + L + "Sở Tài chính đã phối hợp tốt với Sở Công Thương (Phó Trưởng khối) trong năm.",
exp=dict(roles=[("vice_leader", 2023, "Sở Công Thương")])),
dict(id="p08", aim="roles: 'Đơn vị Trưởng khối năm 2024 là X, đơn vị Phó trưởng khối là Y'",
text=H + L + "Đơn vị Trưởng khối năm 2024 là Sở Xây dựng, đơn vị Phó trưởng khối là Sở Công Thương.",
exp=dict(roles=[("leader", 2024, "Sở Xây dựng"), ("vice_leader", 2024, "Sở Công Thương")])),
dict(id="p09", aim="roles: handover 'X bàn giao nhiệm vụ Trưởng khối cho Y' ⇒ outgoing leader too",
text=H + L + "Sở Tài chính bàn giao nhiệm vụ Trưởng khối cho Sở Xây dựng.",
exp=dict(roles=[("leader", 2023, "Sở Tài chính"), ("leader", 2024, "Sở Xây dựng")])),
dict(id="p10", aim="roles: 'A và B được bầu giữ vai trò Trưởng khối, Phó Trưởng khối năm 2024' (respectively)",
text=H + L + "Sở Xây dựng và Sở Công Thương được bầu giữ vai trò Trưởng khối, Phó Trưởng khối năm 2024.",
exp=dict(roles=[("leader", 2024, "Sở Xây dựng"), ("vice_leader", 2024, "Sở Công Thương")])),
dict(id="p11", aim="awards: colon lists 'Cờ thi đua của UBND tỉnh: A, B; Bằng khen …: C, D, E' ⇒ counts 2, 3",
text=H + L + "Kết quả bình xét: Cờ thi đua của UBND tỉnh: Sở Tài chính, Sở Xây dựng; Bằng khen của Chủ tịch UBND tỉnh: Sở Công Thương, Cục Thuế tỉnh, Kho bạc Nhà nước tỉnh.",
exp=dict(awards=[("co_thi_dua", "tinh", "don_vi", 2, "proposed"), ("bang_khen", "tinh", "don_vi", 3, "proposed")])),
dict(id="p12", aim="member_count: 'lãnh đạo 8 sở, ngành thành viên Khối'",
text=H + L + "Tham dự hội nghị có lãnh đạo 8 sở, ngành thành viên Khối.",
exp=dict(member_count=8)),
dict(id="p13", aim="members: distributive 'các Sở: Tài chính, Xây dựng, Công Thương và Kế hoạch và Đầu tư'",
text=H + L + "Khối gồm các Sở: Tài chính, Xây dựng, Công Thương và Kế hoạch và Đầu tư.",
exp=dict(members=["Sở Tài chính", "Sở Xây dựng", "Sở Công Thương", "Sở Kế hoạch và Đầu tư"])),
dict(id="p14", aim="people: title in parentheses",
text=H + L + "Chủ trì hội nghị có đồng chí Hoàng Văn Thụ (Giám đốc Sở Tư pháp).",
exp=dict(people=[("Hoàng Văn Thụ", "Giám đốc Sở Tư pháp")])),
dict(id="p15", aim="date: an earlier activity date in the lead sentence wins over the meeting date",
text=H + "05/01/2024\nThực hiện kế hoạch, ngày 15/11/2023 Khối đã kiểm tra chéo. Ngày 3/1, Khối thi đua Kinh tế tỉnh Nam Định tổ chức hội nghị tổng kết công tác thi đua năm 2023.",
exp=dict(date="2024-01-03")),
dict(id="p16", aim="bloc name: stop words inside names ('xây dựng', 'có', ', đơn vị', ', Bảo hiểm')",
text="Khối thi đua các Ban xây dựng Đảng tổng kết năm 2023\nNgày 20/12/2023, Khối thi đua các Ban xây dựng Đảng tỉnh Nam Định tổ chức hội nghị tổng kết năm 2023.",
exp=dict(bloc_strict="Khối thi đua các Ban xây dựng Đảng")),
dict(id="p17", aim="bloc name runs into verb 'khai mạc' (c06 strict)",
text=CASES[5]["text"], exp=dict(bloc_strict="Khối thi đua các trường đại học, cao đẳng")),
dict(id="p18", aim="bloc name: 'tuyến tỉnh'/'cấp tỉnh' cut as province suffix (strict)",
text=EXTRA[15]["text"], exp=dict(bloc_strict="Khối thi đua các Hội cấp tỉnh")),
dict(id="p19", aim="awards: second award after 'và' in a 'trao … cho 02 đơn vị và Bằng khen của … cho …' clause",
text=H + L + "Tại hội nghị, lãnh đạo tỉnh đã trao Cờ thi đua của UBND tỉnh cho 02 đơn vị và Bằng khen của Chủ tịch UBND tỉnh cho 05 tập thể.",
exp=dict(awards=[("co_thi_dua", "tinh", "don_vi", 2, "conferred"), ("bang_khen", "tinh", "tap_the", 5, "conferred")])),
]
CASES = CASES + PROBES
