"""Invented full-length articles (3,000-5,000 chars) with full gold records: singles, round-ups, negatives.

Written for this project by a team member as a probe of complete articles; the gold
follows RECORD.md and was written from each text, not from extractor output.
"""

from records import E, R, collector  # noqa: F401  (E and R build the gold below)

CASES, case = collector()

# bloc-neutral paragraphs and widgets reused to reach full length
G1 = ("Công tác khen thưởng được các đơn vị thực hiện kịp thời, đúng người, đúng thành tích, bảo đảm công khai, dân chủ, minh bạch; "
      "chú trọng khen thưởng người lao động trực tiếp, tập thể nhỏ có thành tích tiêu biểu trong thực hiện nhiệm vụ chính trị. "
      "Nhiều mô hình hay, cách làm sáng tạo được phát hiện, bồi dưỡng và nhân rộng, tạo sức lan tỏa trong toàn cơ quan, đơn vị.")
G2 = ("Bên cạnh những kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra một số tồn tại, hạn chế như: nội dung thi đua ở một số đơn vị "
      "chưa thật sự phong phú, còn mang tính hình thức; việc phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến có lúc chưa kịp thời; "
      "công tác tuyên truyền về gương người tốt, việc tốt chưa thường xuyên; việc chấm điểm, xếp hạng còn có nội dung chưa sát thực tế.")
G3 = ("Tại hội nghị, các đại biểu đã tập trung thảo luận, chia sẻ kinh nghiệm trong việc tổ chức các phong trào thi đua, đồng thời đề xuất "
      "nhiều giải pháp nhằm nâng cao chất lượng hoạt động trong thời gian tới, nhất là việc đổi mới nội dung, hình thức thi đua, "
      "gắn thi đua với thực hiện nhiệm vụ chuyên môn và cải cách hành chính.")
REL = ("Tin liên quan\n"
       "- Hướng dẫn công tác thi đua, khen thưởng năm mới (05/01)\n"
       "- Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở (18/11)\n"
       "- Phát động đợt thi đua cao điểm chào mừng ngày Quốc khánh (02/8)\n")
FOOT = ("Bình luận (0) | Chia sẻ: Facebook | Zalo | In trang\n"
        "Lượt truy cập: 1.204.583 | Đang trực tuyến: 87\n"
        "Cơ quan chủ quản: Sở Nội vụ. Chịu trách nhiệm chính: Giám đốc Sở Nội vụ.\n"
        "Địa chỉ: 25 Đại lộ Lê Lợi. Điện thoại: 0237.3852.xxx. Email: snv@xxx.gov.vn\n"
        "Ghi rõ nguồn khi phát hành lại thông tin từ website này.")


CAL = ("Lịch\nTháng 12, 2023\nCN T2 T3 T4 T5 T6 T7\n" + "\n".join(" ".join(str((w*7+d) % 31 + 1) for d in range(7)) for w in range(5)))

# ---------------------------------------------------------------- f01 single tong_ket, two years of roles, 4 awards
case("f01", f"""Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thi đua - Khen thưởng | Văn bản | Liên hệ
Khối thi đua các Sở, ngành Kinh tế tổng hợp tổng kết công tác thi đua, khen thưởng năm 2023
15/01/2024
Chiều 12/01/2024, tại Hội trường Sở Tài chính, Khối thi đua các Sở, ngành Kinh tế tổng hợp tỉnh Thanh Hóa tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có đồng chí Lê Văn Hòa, Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh; lãnh đạo 07 sở, ngành thành viên của Khối.
Quang cảnh hội nghị.
Năm 2023, Khối gồm 07 đơn vị: Sở Tài chính (Trưởng khối), Sở Kế hoạch và Đầu tư (Phó Trưởng khối), Sở Công Thương, Cục Thuế tỉnh, Kho bạc Nhà nước tỉnh, Cục Thống kê tỉnh và Ngân hàng Nhà nước Chi nhánh tỉnh. Thực hiện Kế hoạch số 15/KH-KTĐKTTH ngày 20/02/2023 của Khối thi đua về tổ chức phong trào thi đua năm 2023, ngay từ đầu năm các đơn vị đã ban hành kế hoạch, đăng ký thi đua và ký kết giao ước thi đua với nội dung cụ thể, sát với nhiệm vụ chính trị của từng ngành.
Với tinh thần đoàn kết, các đơn vị trong Khối đã hoàn thành và hoàn thành vượt mức các chỉ tiêu được giao. Tổng thu ngân sách nhà nước trên địa bàn đạt 51.200 tỷ đồng, bằng 112% dự toán; tỷ lệ giải ngân vốn đầu tư công đạt 96,5% kế hoạch; kim ngạch xuất khẩu đạt 5,8 tỷ USD, tăng 9,4% so với năm 2022; 100% hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn. Các đơn vị hưởng ứng tích cực phong trào thi đua "Chung sức xây dựng nông thôn mới" và cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", ủng hộ Quỹ Vì người nghèo của tỉnh hơn 850 triệu đồng.
{G1}
{G2}
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Mai Hương, Giám đốc Sở Tài chính, cảm ơn sự phối hợp của các đơn vị thành viên trong năm qua và đề nghị các đơn vị tiếp tục đổi mới nội dung, hình thức thi đua.
Đồng chí Lê Văn Hòa, Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh phát biểu chỉ đạo hội nghị.
Ghi nhận kết quả Khối đạt được, đồng chí Lê Văn Hòa đề nghị trong năm 2024 các đơn vị bám sát nhiệm vụ chính trị, tổ chức các phong trào thi đua thiết thực, hiệu quả, tránh hình thức.
Trên cơ sở kết quả chấm điểm, hội nghị đã bình xét, suy tôn đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho 01 đơn vị; đề nghị UBND tỉnh tặng Cờ thi đua cho 02 đơn vị; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 03 tập thể và 05 cá nhân có thành tích xuất sắc.
Cũng tại hội nghị, các đơn vị thống nhất bầu Cục Thuế tỉnh làm Trưởng khối và Kho bạc Nhà nước tỉnh làm Phó Trưởng khối năm 2024. Thay mặt đơn vị nhận nhiệm vụ, đồng chí Trần Đức Anh, Cục trưởng Cục Thuế tỉnh cam kết phát huy kết quả của Khối trong năm 2023.
Tham luận tại hội nghị, bà Phạm Thị Thu Trang, Phó Giám đốc Sở Kế hoạch và Đầu tư chia sẻ kinh nghiệm cải thiện môi trường đầu tư: năm 2023, tỉnh thu hút 126 dự án mới với tổng vốn đăng ký 48.300 tỷ đồng; 2.650 doanh nghiệp thành lập mới, tăng 6,8%. Ông Hoàng Minh Tuấn, Giám đốc Kho bạc Nhà nước tỉnh cho biết, 100% đơn vị sử dụng ngân sách đã thực hiện giao dịch điện tử, thời gian kiểm soát chi rút ngắn còn 1,5 ngày.
Đại diện Cục Thống kê tỉnh và Ngân hàng Nhà nước Chi nhánh tỉnh cũng nêu một số đề xuất về việc đổi mới tiêu chí chấm điểm thi đua của Khối, bảo đảm phù hợp với đặc thù từng ngành; đề nghị tăng tỷ lệ điểm thưởng cho các nội dung sáng tạo, chuyển đổi số.
Bà Phạm Thị Thu Trang, Phó Giám đốc Sở Kế hoạch và Đầu tư trình bày tham luận.
Năm 2024, các đơn vị trong Khối thống nhất tập trung thực hiện 5 nhóm nhiệm vụ trọng tâm: tham mưu thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội; đẩy mạnh cải cách hành chính, chuyển đổi số; siết chặt kỷ luật, kỷ cương hành chính; phát hiện, bồi dưỡng điển hình tiên tiến; nâng cao chất lượng hoạt động của Khối.
Đơn vị Trưởng khối năm 2023 chuyển giao nhiệm vụ cho đơn vị Trưởng khối năm 2024.
Minh Châu
{REL}{FOOT}""",
R("Khối thi đua các Sở, ngành Kinh tế tổng hợp tổng kết công tác thi đua, khen thưởng năm 2023", "2024-01-15", "Minh Châu", "Thanh Hóa", [
  E("tong_ket", "2024-01-12", (2023, 12), "Sở Tài chính", ("Khối thi đua các Sở, ngành Kinh tế tổng hợp", None),
    roles=[("leader", "Sở Tài chính", 2023), ("vice_leader", "Sở Kế hoạch và Đầu tư", 2023),
           ("leader", "Cục Thuế tỉnh", 2024), ("vice_leader", "Kho bạc Nhà nước tỉnh", 2024)],
    members=["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Công Thương", "Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh",
             "Cục Thống kê tỉnh", "Ngân hàng Nhà nước Chi nhánh tỉnh"], mc=7,
    awards=[("co_thi_dua", "chinh_phu", "don_vi", 1, "proposed"), ("co_thi_dua", "tinh", "don_vi", 2, "proposed"),
            ("bang_khen", "tinh", "tap_the", 3, "proposed"), ("bang_khen", "tinh", "ca_nhan", 5, "proposed")],
    docs=[("ke_hoach", "15/KH-KTĐKTTH", "2023-02-20", "Khối thi đua")],
    people=[("Lê Văn Hòa", "Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh"),
            ("Nguyễn Thị Mai Hương", "Giám đốc Sở Tài chính"), ("Trần Đức Anh", "Cục trưởng Cục Thuế tỉnh"),
            ("Phạm Thị Thu Trang", "Phó Giám đốc Sở Kế hoạch và Đầu tư"), ("Hoàng Minh Tuấn", "Giám đốc Kho bạc Nhà nước tỉnh")],
    camps=["Chung sức xây dựng nông thôn mới", "Người Việt Nam ưu tiên dùng hàng Việt Nam"])]))

# ---------------------------------------------------------------- f02 single so_ket, Roman-numbered district cluster
case("f02", f"""BÁO NGHỆ AN ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao
Cụm thi đua số IV sơ kết phong trào thi đua 6 tháng đầu năm 2024
Thứ Năm, 18/07/2024 09:45 (GMT+7)
(Baonghean.vn) - Sáng 16/7, tại huyện Nam Đàn, Cụm thi đua số IV gồm các huyện, thị xã vùng ven đô tổ chức hội nghị sơ kết phong trào thi đua, công tác khen thưởng 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm.
Tham dự hội nghị có đồng chí Hoàng Văn Tâm, Phó Trưởng ban Thường trực Ban Thi đua - Khen thưởng tỉnh; đại diện lãnh đạo UBND huyện Nam Đàn (đơn vị Cụm trưởng), UBND huyện Hưng Nguyên (đơn vị Cụm phó), UBND huyện Nghi Lộc, UBND thị xã Cửa Lò và UBND huyện Đô Lương.
Toàn cảnh hội nghị sơ kết Cụm thi đua số IV. Ảnh: Thu Huyền
Theo báo cáo, 6 tháng đầu năm 2024, mặc dù còn nhiều khó khăn do thời tiết diễn biến bất thường, giá cả vật tư nông nghiệp tăng cao, song các địa phương trong Cụm đã nỗ lực thực hiện đạt và vượt nhiều chỉ tiêu. Tốc độ tăng trưởng kinh tế bình quân của Cụm ước đạt 8,2%; tổng thu ngân sách trên địa bàn đạt 1.146 tỷ đồng, bằng 61,3% dự toán; toàn Cụm có thêm 6 xã đạt chuẩn nông thôn mới nâng cao, 2 xã đạt chuẩn nông thôn mới kiểu mẫu; tỷ lệ hộ nghèo giảm còn 1,9%.
Phong trào thi đua "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" được các địa phương triển khai sâu rộng; trong 6 tháng, các huyện trong Cụm đã hỗ trợ xây mới và sửa chữa 214 nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn với tổng kinh phí hơn 10 tỷ đồng.
{G1}
{G2}
Đồng chí Hoàng Văn Tâm, Phó Trưởng ban Thường trực Ban Thi đua - Khen thưởng tỉnh phát biểu tại hội nghị.
Phát biểu tại hội nghị, đồng chí Hoàng Văn Tâm ghi nhận những kết quả mà các địa phương trong Cụm đạt được; đồng thời đề nghị 6 tháng cuối năm, các địa phương tập trung thực hiện thắng lợi các chỉ tiêu kinh tế - xã hội năm 2024, chú trọng phát hiện, bồi dưỡng các nhân tố mới, điển hình tiên tiến để khen thưởng kịp thời.
Ông Phan Quốc Bảo, Chủ tịch UBND huyện Nam Đàn, Cụm trưởng Cụm thi đua số IV năm 2024 cho biết, trong 6 tháng cuối năm, Cụm sẽ tổ chức kiểm tra chéo giữa các đơn vị theo Hướng dẫn số 1182/HD-BTĐKT ngày 15/6/2024 của Ban Thi đua - Khen thưởng tỉnh.
{G3}
Thu Huyền
Bài viết cùng chuyên mục
- Nghệ An: Tuyên dương 120 điển hình tiên tiến giai đoạn 2020 - 2024
- Huyện Yên Thành đón nhận Huân chương Lao động hạng Nhì
Tags: Cụm thi đua, sơ kết, Nam Đàn
{FOOT}""",
R("Cụm thi đua số IV sơ kết phong trào thi đua 6 tháng đầu năm 2024", "2024-07-18", "Thu Huyền", None, [
  E("so_ket", "2024-07-16", (2024, 6), "huyện Nam Đàn", ("Cụm thi đua số IV", 4),
    roles=[("leader", "UBND huyện Nam Đàn", 2024), ("vice_leader", "UBND huyện Hưng Nguyên", 2024)],
    members=["UBND huyện Nam Đàn", "UBND huyện Hưng Nguyên", "UBND huyện Nghi Lộc", "UBND thị xã Cửa Lò", "UBND huyện Đô Lương"],
    docs=[("huong_dan", "1182/HD-BTĐKT", "2024-06-15", "Ban Thi đua - Khen thưởng tỉnh")],
    people=[("Hoàng Văn Tâm", "Phó Trưởng ban Thường trực Ban Thi đua - Khen thưởng tỉnh"),
            ("Phan Quốc Bảo", "Chủ tịch UBND huyện Nam Đàn, Cụm trưởng Cụm thi đua số IV năm 2024")],
    camps=["Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"])]))

# ---------------------------------------------------------------- f03 single giao_uoc "ký kết..., đồng thời phát động"
case("f03", f"""SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Trang chủ » Tin hoạt động
Khối thi đua Văn hóa - Xã hội ký kết giao ước thi đua năm 2024
Ngày đăng: 06/03/2024 | Tác giả: Ngọc Trâm
Ngày 04/3/2024, tại Sở Văn hóa và Thể thao, Khối thi đua Văn hóa - Xã hội tỉnh Bình Định tổ chức Hội nghị ký kết giao ước thi đua năm 2024, đồng thời phát động phong trào thi đua "Đoàn kết, sáng tạo, hoàn thành xuất sắc nhiệm vụ năm 2024".
Khối thi đua Văn hóa - Xã hội năm 2024 gồm 09 cơ quan, đơn vị thành viên. Sở Văn hóa và Thể thao được phân công làm Trưởng khối, Sở Y tế làm Phó Trưởng khối. Các thành viên còn lại gồm: Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội, Sở Thông tin và Truyền thông, Sở Khoa học và Công nghệ, Ban Dân tộc tỉnh, Đài Phát thanh và Truyền hình Bình Định, Báo Bình Định.
Dự hội nghị có bà Đặng Thị Kim Oanh, Phó Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ.
Các đơn vị ký kết giao ước thi đua năm 2024.
Năm 2023, các đơn vị trong Khối đã hoàn thành tốt nhiệm vụ: ngành giáo dục có 96,8% học sinh tốt nghiệp THPT, tăng 1,2% so với năm trước; ngành y tế khám, chữa bệnh cho hơn 3,2 triệu lượt người; hơn 12.500 lao động được giải quyết việc làm; tổ chức thành công 15 sự kiện văn hóa, thể thao cấp tỉnh và khu vực.
Theo nội dung giao ước, năm 2024 các đơn vị thi đua hoàn thành 100% các chỉ tiêu, nhiệm vụ được UBND tỉnh giao; đẩy mạnh chuyển đổi số, cải cách hành chính, nâng cao chỉ số hài lòng của người dân; thực hiện tốt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; tích cực hưởng ứng phong trào "Bình Định chung tay vì người nghèo".
{G1}
{G3}
Phát biểu tại hội nghị, ông Nguyễn Văn Định, Giám đốc Sở Văn hóa và Thể thao, Trưởng khối, đề nghị các đơn vị thành viên cụ thể hóa nội dung giao ước bằng kế hoạch hành động, báo cáo kết quả định kỳ theo Quy chế hoạt động của Khối. Bà Đặng Thị Kim Oanh đánh giá cao tinh thần chủ động của Khối và lưu ý các đơn vị chú trọng khen thưởng đột xuất, khen thưởng cho người lao động trực tiếp.
Ngọc Trâm
Các tin khác:
» Khai mạc Liên hoan nghệ thuật quần chúng tỉnh năm 2024
» Giải việt dã Báo Bình Định lần thứ 40
{FOOT}""",
R("Khối thi đua Văn hóa - Xã hội ký kết giao ước thi đua năm 2024", "2024-03-06", "Ngọc Trâm", "Bình Định", [
  E("giao_uoc", "2024-03-04", (2024, 12), "Sở Văn hóa và Thể thao", ("Khối thi đua Văn hóa - Xã hội", None),
    roles=[("leader", "Sở Văn hóa và Thể thao", 2024), ("vice_leader", "Sở Y tế", 2024)],
    members=["Sở Văn hóa và Thể thao", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội",
             "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ", "Ban Dân tộc tỉnh",
             "Đài Phát thanh và Truyền hình Bình Định", "Báo Bình Định"], mc=9,
    docs=[("chi_thi", "05-CT/TW", "2016-05-15", "Bộ Chính trị")],
    people=[("Đặng Thị Kim Oanh", "Phó Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ"),
            ("Nguyễn Văn Định", "Giám đốc Sở Văn hóa và Thể thao, Trưởng khối")],
    camps=["Đoàn kết, sáng tạo, hoàn thành xuất sắc nhiệm vụ năm 2024", "Bình Định chung tay vì người nghèo"])]))

# ---------------------------------------------------------------- f04 single phat_dong "phát động và ký giao ước", numbered
case("f04", f"""CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Tin tức > Hoạt động các sở, ngành
Khối thi đua số 2 phát động và ký giao ước thi đua năm 2025
Cập nhật lúc: 20/02/2025 16:10
Sáng ngày 19/02/2025, tại Hội trường Công an thành phố, Khối thi đua số 2 (Khối các cơ quan Nội chính thành phố Cần Thơ) tổ chức Hội nghị phát động phong trào thi đua và ký kết giao ước thi đua năm 2025.
Đến dự có đồng chí Trương Công Minh, Phó Giám đốc Sở Nội vụ; Đại tá Lê Quang Vinh, Phó Giám đốc Công an thành phố, cùng lãnh đạo các cơ quan thành viên của Khối: Công an thành phố (Trưởng khối năm 2025), Tòa án nhân dân thành phố (Phó Trưởng khối năm 2025), Viện Kiểm sát nhân dân thành phố, Cục Thi hành án dân sự thành phố, Sở Tư pháp, Thanh tra thành phố và Bộ Chỉ huy Quân sự thành phố.
Đại tá Lê Quang Vinh phát biểu phát động phong trào thi đua.
Năm 2024, dưới sự điều hành của Viện Kiểm sát nhân dân thành phố (Trưởng khối năm 2024), các đơn vị trong Khối đã hoàn thành tốt nhiệm vụ. Lực lượng Công an đã điều tra, làm rõ 94,7% số vụ phạm tội về trật tự xã hội; ngành Kiểm sát giải quyết 100% tin báo, tố giác tội phạm; ngành Tòa án giải quyết 3.412/3.587 vụ việc, đạt 95,1%; ngành Thi hành án thi hành xong hơn 1.630 tỷ đồng. 
Thực hiện Kế hoạch số 08/KH-K2 ngày 10/01/2025 của Khối thi đua số 2, năm 2025 các đơn vị thi đua thực hiện thắng lợi nhiệm vụ chính trị, góp phần giữ vững an ninh, trật tự trên địa bàn thành phố; đẩy mạnh phong trào thi đua "Vì an ninh Tổ quốc" và phong trào "Dân vận khéo".
{G1}
{G3}
Phát động phong trào thi đua, Đại tá Lê Quang Vinh đề nghị thủ trưởng các cơ quan thành viên quan tâm lãnh đạo, chỉ đạo, tạo điều kiện để phong trào thi đua phát triển sâu rộng, thực chất; định kỳ sơ kết, tổng kết, kịp thời khen thưởng và nhân rộng điển hình.
Tại hội nghị, đại diện lãnh đạo 07 cơ quan thành viên đã ký kết giao ước thi đua năm 2025.
Đồng chí Trương Công Minh ghi nhận và đề nghị Khối tiếp tục phát huy vai trò của đơn vị Trưởng khối trong việc điều hành hoạt động chung.
Tin, ảnh: Hồng Nhung
{REL}{FOOT}""",
R("Khối thi đua số 2 phát động và ký giao ước thi đua năm 2025", "2025-02-20", "Hồng Nhung", "Cần Thơ", [
  E("phat_dong", "2025-02-19", (2025, 12), "Công an thành phố", ("Khối thi đua số 2", 2),
    roles=[("leader", "Công an thành phố", 2025), ("vice_leader", "Tòa án nhân dân thành phố", 2025),
           ("leader", "Viện Kiểm sát nhân dân thành phố", 2024)],
    members=["Công an thành phố", "Tòa án nhân dân thành phố", "Viện Kiểm sát nhân dân thành phố",
             "Cục Thi hành án dân sự thành phố", "Sở Tư pháp", "Thanh tra thành phố", "Bộ Chỉ huy Quân sự thành phố"], mc=7,
    docs=[("ke_hoach", "08/KH-K2", "2025-01-10", "Khối thi đua số 2")],
    people=[("Trương Công Minh", "Phó Giám đốc Sở Nội vụ"), ("Lê Quang Vinh", "Phó Giám đốc Công an thành phố")],
    camps=["Vì an ninh Tổ quốc", "Dân vận khéo"])]))

# ---------------------------------------------------------------- f05 national bloc, province null, thu_tuong / chinh_phu
case("f05", f"""TẠP CHÍ NGÂN HÀNG
Tin tức | Hoạt động ngân hàng | Thời sự
Khối thi đua các Ngân hàng thương mại tổng kết công tác thi đua năm 2022
Thứ Ba, 10/01/2023
Chiều ngày 06/01/2023, tại Hà Nội, Khối thi đua các Ngân hàng thương mại thuộc Khối thi đua Ngân hàng Nhà nước Việt Nam tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 và triển khai phương hướng nhiệm vụ năm 2023. Ngân hàng TMCP Công Thương Việt Nam (VietinBank) là đơn vị Trưởng khối năm 2022.
Dự hội nghị có đồng chí Đào Minh Tú, Phó Thống đốc Thường trực Ngân hàng Nhà nước; đồng chí Phạm Thanh Hà, Vụ trưởng Vụ Thi đua - Khen thưởng Ngân hàng Nhà nước; cùng lãnh đạo 08 ngân hàng thành viên của Khối.
Phó Thống đốc Đào Minh Tú phát biểu tại hội nghị.
Khối thi đua các Ngân hàng thương mại năm 2022 gồm 08 ngân hàng: VietinBank, Vietcombank, BIDV, Agribank, MB, Techcombank, SHB và LPBank. Hoạt động của Khối được duy trì nền nếp theo Quy chế hoạt động ban hành kèm theo Quyết định số 03/QĐ-KTĐNHTM ngày 15/02/2022 của Trưởng Khối.
"Kết quả năm 2022 là minh chứng cho tinh thần đoàn kết, chia sẻ của các ngân hàng trong Khối, nhất là trong thực hiện chủ trương giảm lãi suất cho vay hỗ trợ doanh nghiệp, người dân phục hồi sản xuất" - ông Trần Minh Bình nhấn mạnh.
Các ngân hàng trong Khối đã tích cực triển khai chuyển đổi số: hơn 90% giao dịch được thực hiện trên kênh số; số lượng khách hàng sử dụng dịch vụ ngân hàng số tăng 35%; các ngân hàng cũng đã hỗ trợ gần 60.000 khách hàng bị ảnh hưởng bởi dịch Covid-19 được cơ cấu lại thời hạn trả nợ, giữ nguyên nhóm nợ theo Thông tư số 14/2021/TT-NHNN ngày 07/9/2021 của Ngân hàng Nhà nước.
Năm 2022, trong bối cảnh kinh tế thế giới biến động khó lường, các ngân hàng thành viên đã bám sát chỉ đạo của Ngân hàng Nhà nước, triển khai đồng bộ các giải pháp. Tổng tài sản của các ngân hàng trong Khối đạt hơn 8,9 triệu tỷ đồng, tăng 11,6% so với cuối năm 2021; dư nợ tín dụng tăng 13,2%; tỷ lệ nợ xấu nội bảng được kiểm soát dưới 1,5%. Các ngân hàng đã dành hơn 1.200 tỷ đồng cho công tác an sinh xã hội, hưởng ứng phong trào thi đua "Ngành Ngân hàng chung tay vì người nghèo - Không để ai bị bỏ lại phía sau".
{G1}
{G2}
Phát biểu tại hội nghị, Phó Thống đốc Đào Minh Tú ghi nhận, biểu dương những kết quả nổi bật mà các ngân hàng trong Khối đạt được và đề nghị tiếp tục triển khai hiệu quả Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng.
Hội nghị đã bình xét, suy tôn đề nghị Chính phủ tặng Cờ thi đua cho 02 đơn vị dẫn đầu là VietinBank và Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank); đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 03 tập thể; đề nghị Thống đốc Ngân hàng Nhà nước tặng Cờ thi đua cho 04 đơn vị.
Hội nghị đã thống nhất bầu Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank) làm Trưởng khối, Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV) làm Phó Trưởng khối năm 2023.
Ông Trần Minh Bình, Chủ tịch HĐQT VietinBank, Trưởng khối năm 2022 trao cờ luân lưu cho đại diện Agribank.
Thanh Lan
Tin khác
- Thống đốc làm việc với các ngân hàng về tăng trưởng tín dụng
- NHNN công bố lãi suất điều hành mới
{CAL}
Bản quyền thuộc Tạp chí Ngân hàng. Giấy phép số 15/GP-BTTTT.""",
R("Khối thi đua các Ngân hàng thương mại tổng kết công tác thi đua năm 2022", "2023-01-10", "Thanh Lan", None, [
  E("tong_ket", "2023-01-06", (2022, 12), "Hà Nội", ("Khối thi đua các Ngân hàng thương mại", None),
    roles=[("leader", "Ngân hàng TMCP Công Thương Việt Nam (VietinBank)", 2022),
           ("leader", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank)", 2023),
           ("vice_leader", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)", 2023)],
    members=["Ngân hàng TMCP Công Thương Việt Nam (VietinBank)", "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)",
             "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank)",
             "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)", "MB", "Techcombank", "SHB", "LPBank"], mc=8,
    awards=[("co_thi_dua", "chinh_phu", "don_vi", 2, "proposed"), ("bang_khen", "thu_tuong", "tap_the", 3, "proposed"),
            ("co_thi_dua", "bo_nganh", "don_vi", 4, "proposed")],
    docs=[("quyet_dinh", "03/QĐ-KTĐNHTM", "2022-02-15", "Trưởng Khối"), ("thong_tu", "14/2021/TT-NHNN", "2021-09-07", "Ngân hàng Nhà nước"),
          ("nghi_dinh", "91/2017/NĐ-CP", "2017-07-31", "Chính phủ")],
    people=[("Đào Minh Tú", "Phó Thống đốc Thường trực Ngân hàng Nhà nước"),
            ("Phạm Thanh Hà", "Vụ trưởng Vụ Thi đua - Khen thưởng Ngân hàng Nhà nước"),
            ("Trần Minh Bình", "Chủ tịch HĐQT VietinBank, Trưởng khối năm 2022")],
    camps=["Ngành Ngân hàng chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"])]))

# ---------------------------------------------------------------- f06 multi-province cluster, distributive member list
case("f06", f"""BÁO BIÊN PHÒNG
Trang chủ | Biên giới biển đảo | Quốc phòng - An ninh | Đối ngoại
Cụm thi đua số 1 Bộ đội Biên phòng tổng kết phong trào thi đua Quyết thắng năm 2023
14/12/2023 - 07:30
BP - Ngày 12/12, tại Bộ Chỉ huy BĐBP tỉnh Lào Cai, Cụm thi đua số 1 Bộ đội Biên phòng tổ chức hội nghị tổng kết phong trào thi đua Quyết thắng năm 2023. Thiếu tướng Nguyễn Anh Tuấn, Phó Chính ủy BĐBP dự và chỉ đạo hội nghị.
Cụm thi đua số 1 gồm 05 đơn vị: BĐBP các tỉnh: Lào Cai, Hà Giang, Cao Bằng, Lạng Sơn và Điện Biên. Năm 2023, BĐBP tỉnh Lào Cai là đơn vị Cụm trưởng, BĐBP tỉnh Hà Giang là Cụm phó.
Thiếu tướng Nguyễn Anh Tuấn trao Bằng khen của Bộ trưởng Bộ Quốc phòng cho các tập thể có thành tích xuất sắc.
Năm 2023, các đơn vị trong Cụm đã quán triệt, thực hiện nghiêm Chỉ thị số 918/CT-BQP ngày 02/3/2023 của Bộ trưởng Bộ Quốc phòng về phong trào thi đua Quyết thắng; duy trì nghiêm chế độ sẵn sàng chiến đấu, quản lý, bảo vệ vững chắc hơn 1.400km đường biên giới. Các đơn vị đã chủ trì, phối hợp đấu tranh thành công 612 vụ, bắt 845 đối tượng vi phạm pháp luật; thu giữ 68kg ma túy tổng hợp, 31 bánh heroin; phối hợp giải cứu 74 nạn nhân bị mua bán. Phong trào thi đua "Quân đội chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" được triển khai hiệu quả, xây dựng 46 "Nhà đồng đội", "Mái ấm biên cương" tặng hộ nghèo.
{G1}
{G2}
Phát biểu chỉ đạo, Thiếu tướng Nguyễn Anh Tuấn biểu dương kết quả các đơn vị trong Cụm đạt được, yêu cầu trong năm 2024 tiếp tục đổi mới nội dung, hình thức thi đua, gắn phong trào thi đua Quyết thắng với cuộc vận động "Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ".
Dịp này, Bộ trưởng Bộ Quốc phòng tặng Bằng khen cho 04 tập thể và 06 cá nhân; Hội nghị bình xét đề nghị Bộ Quốc phòng tặng Cờ thi đua cho 01 đơn vị dẫn đầu phong trào thi đua Quyết thắng năm 2023 là BĐBP tỉnh Lào Cai.
Hội nghị đã bầu BĐBP tỉnh Cao Bằng làm Cụm trưởng, BĐBP tỉnh Lạng Sơn làm Cụm phó Cụm thi đua số 1 năm 2024.
Tại hội nghị, các đơn vị đã trao đổi kinh nghiệm xây dựng mô hình "Đồn Biên phòng gắn với Nhân dân", "Con nuôi Đồn Biên phòng"; đến nay các đơn vị trong Cụm đã nhận đỡ đầu 318 cháu học sinh nghèo, duy trì 42 lớp học xóa mù chữ với hơn 900 học viên. Thượng tá Lục Văn Sơn, Chính ủy BĐBP tỉnh Cao Bằng cho biết, năm 2024 đơn vị sẽ tập trung đổi mới nội dung thi đua, nâng cao hiệu quả công tác đối ngoại biên phòng.
Thượng tá Lục Văn Sơn, Chính ủy BĐBP tỉnh Cao Bằng tham luận tại hội nghị.
{G3}
Đại tá Vũ Văn Hùng, Chỉ huy trưởng BĐBP Lào Cai phát biểu tại hội nghị.
TRỌNG ĐỨC
{REL}Báo Biên phòng - Cơ quan của Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng. Tổng Biên tập: Đại tá ...""",
R("Cụm thi đua số 1 Bộ đội Biên phòng tổng kết phong trào thi đua Quyết thắng năm 2023", "2023-12-14", "TRỌNG ĐỨC", None, [
  E("tong_ket", "2023-12-12", (2023, 12), "Bộ Chỉ huy BĐBP tỉnh Lào Cai", ("Cụm thi đua số 1 Bộ đội Biên phòng", 1),
    roles=[("leader", "BĐBP tỉnh Lào Cai", 2023), ("vice_leader", "BĐBP tỉnh Hà Giang", 2023),
           ("leader", "BĐBP tỉnh Cao Bằng", 2024), ("vice_leader", "BĐBP tỉnh Lạng Sơn", 2024)],
    members=["BĐBP tỉnh Lào Cai", "BĐBP tỉnh Hà Giang", "BĐBP tỉnh Cao Bằng", "BĐBP tỉnh Lạng Sơn", "BĐBP tỉnh Điện Biên"], mc=5,
    awards=[("bang_khen", "bo_nganh", "tap_the", 4, "conferred"), ("bang_khen", "bo_nganh", "ca_nhan", 6, "conferred"),
            ("co_thi_dua", "bo_nganh", "don_vi", 1, "proposed")],
    docs=[("chi_thi", "918/CT-BQP", "2023-03-02", "Bộ trưởng Bộ Quốc phòng")],
    people=[("Nguyễn Anh Tuấn", "Phó Chính ủy BĐBP"), ("Vũ Văn Hùng", "Chỉ huy trưởng BĐBP Lào Cai"),
            ("Lục Văn Sơn", "Chính ủy BĐBP tỉnh Cao Bằng")],
    camps=["Quân đội chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
           "Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ"])]))

# ---------------------------------------------------------------- f07 other: bloc sports meet
case("f07", f"""ĐÀ NẴNG ONLINE
Xã hội | Thể thao | Đô thị
Sôi nổi Hội thao Khối thi đua các Doanh nghiệp thành phố năm 2023
Chủ nhật, 23/04/2023, 18:05 [GMT+7]
Ngày 22/4, tại Cung Thể thao Tiên Sơn, Khối thi đua các Doanh nghiệp thành phố Đà Nẵng tổ chức Hội thao Khối thi đua các Doanh nghiệp năm 2023 chào mừng kỷ niệm 48 năm Ngày Giải phóng miền Nam, thống nhất đất nước và Ngày Quốc tế Lao động 1/5.
Hội thao do Công ty cổ phần Cấp nước Đà Nẵng, đơn vị Trưởng khối năm 2023, đăng cai tổ chức. Tham gia hội thao có hơn 450 vận động viên đến từ 11 doanh nghiệp thành viên của Khối, thi đấu ở các môn: bóng đá nam, bóng chuyền hơi, cầu lông, kéo co và chạy tiếp sức.
Các vận động viên tham gia nội dung kéo co nữ.
Phát biểu khai mạc, ông Nguyễn Văn Thắng, Tổng Giám đốc Công ty cổ phần Cấp nước Đà Nẵng cho biết hội thao là hoạt động thiết thực nhằm cụ thể hóa phong trào thi đua "Lao động giỏi, lao động sáng tạo", tạo sân chơi lành mạnh, tăng cường giao lưu, đoàn kết giữa người lao động các doanh nghiệp trong Khối. Năm 2022, các doanh nghiệp trong Khối đạt tổng doanh thu hơn 9.600 tỷ đồng, nộp ngân sách 1.150 tỷ đồng, thu nhập bình quân của người lao động đạt 11,2 triệu đồng/người/tháng.
Theo Kế hoạch số 12/KH-KDN ngày 15/3/2023 của Khối thi đua các Doanh nghiệp, hội thao diễn ra trong 2 ngày, từ 22 đến 23/4. Các trận đấu diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần thể thao cao thượng, đoàn kết, học hỏi lẫn nhau.
{G3}
Kết thúc hội thao, Ban Tổ chức đã trao giải nhất toàn đoàn cho Công ty TNHH MTV Môi trường đô thị Đà Nẵng, giải nhì cho Công ty cổ phần Cảng Đà Nẵng, giải ba cho Tổng Công ty Điện lực miền Trung. Dự lễ bế mạc có bà Lê Thị Bích Thuận, Phó Giám đốc Sở Nội vụ thành phố.
Các doanh nghiệp cũng cam kết tiếp tục hưởng ứng phong trào thi đua, phấn đấu hoàn thành kế hoạch sản xuất, kinh doanh năm 2023, chăm lo đời sống vật chất, tinh thần cho người lao động.
{G1}
HOÀNG HIỆP
Ý kiến bạn đọc | Gửi bình luận
Xem nhiều nhất
- Pháo hoa quốc tế Đà Nẵng 2023 có 8 đội tham gia
- Đà Nẵng đón 3 triệu lượt khách trong quý I
{FOOT}""",
R("Sôi nổi Hội thao Khối thi đua các Doanh nghiệp thành phố năm 2023", "2023-04-23", "HOÀNG HIỆP", "Đà Nẵng", [
  E("other", "2023-04-22", (2023, None), "Cung Thể thao Tiên Sơn", ("Khối thi đua các Doanh nghiệp", None),
    roles=[("leader", "Công ty cổ phần Cấp nước Đà Nẵng", 2023)],
    members=["Công ty cổ phần Cấp nước Đà Nẵng"], mc=11,
    docs=[("ke_hoach", "12/KH-KDN", "2023-03-15", "Khối thi đua các Doanh nghiệp")],
    people=[("Nguyễn Văn Thắng", "Tổng Giám đốc Công ty cổ phần Cấp nước Đà Nẵng"),
            ("Lê Thị Bích Thuận", "Phó Giám đốc Sở Nội vụ thành phố")],
    camps=["Lao động giỏi, lao động sáng tạo"])]))

# ---------------------------------------------------------------- f08 districts bloc, awards conferred at meeting, January review
case("f08", f"""CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI
Trang chủ > Tin tức - Sự kiện > Tin địa phương
Khối thi đua các huyện đồng bằng tổng kết năm 2024
Ngày xuất bản: 22/01/2025
(Cổng TTĐT) - Ngày 20/01, tại Trung tâm Chính trị huyện Mộ Đức, Khối thi đua các huyện đồng bằng tỉnh Quảng Ngãi tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 và ký kết giao ước thi đua năm 2025. Phó Chủ tịch UBND tỉnh Võ Phiên dự và chỉ đạo hội nghị.
Khối thi đua các huyện đồng bằng gồm 06 đơn vị: huyện Mộ Đức (Trưởng khối năm 2024), huyện Tư Nghĩa (Phó Trưởng khối năm 2024), huyện Nghĩa Hành, huyện Sơn Tịnh, huyện Bình Sơn và thị xã Đức Phổ.
Phó Chủ tịch UBND tỉnh Võ Phiên trao Cờ thi đua của UBND tỉnh cho huyện Mộ Đức.
Năm 2024, tăng trưởng giá trị sản xuất các ngành kinh tế chủ yếu của Khối đạt bình quân 9,1%; tổng thu ngân sách trên địa bàn đạt 2.864 tỷ đồng, vượt 18,6% dự toán; thu nhập bình quân đầu người đạt 62,4 triệu đồng; tỷ lệ hộ nghèo giảm còn 2,35%. Toàn Khối có 89/94 xã đạt chuẩn nông thôn mới, 21 xã đạt chuẩn nông thôn mới nâng cao; huyện Tư Nghĩa được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới.
Các phong trào thi đua "Quảng Ngãi chung sức xây dựng nông thôn mới" và "Doanh nghiệp Quảng Ngãi hội nhập và phát triển" được các địa phương triển khai có hiệu quả.
{G1}
{G2}
{G3}
Tham luận tại hội nghị, ông Phạm Văn Tâm, Phó Chủ tịch UBND thị xã Đức Phổ chia sẻ kinh nghiệm huy động nguồn lực xã hội hóa xây dựng hạ tầng nông thôn: năm 2024, thị xã đã vận động được hơn 46 tỷ đồng, làm mới 38km đường giao thông nông thôn, kiên cố hóa 12km kênh mương nội đồng. Bà Đinh Thị Hồng Minh, Phó Chủ tịch UBND huyện Sơn Tịnh nêu cách làm trong phát triển sản phẩm OCOP, đến nay huyện có 27 sản phẩm đạt từ 3 sao trở lên.
Ông Phạm Văn Tâm, Phó Chủ tịch UBND thị xã Đức Phổ trình bày tham luận.
Năm 2025, các địa phương trong Khối thống nhất đăng ký thi đua với các chỉ tiêu: tốc độ tăng trưởng giá trị sản xuất từ 8,5% trở lên; thu ngân sách vượt dự toán tỉnh giao; giảm tỷ lệ hộ nghèo từ 0,8 - 1%; 100% xã đạt chuẩn nông thôn mới vào cuối năm 2025; phấn đấu mỗi huyện có ít nhất 1 xã đạt chuẩn nông thôn mới kiểu mẫu.
Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Võ Phiên đề nghị các địa phương trong Khối tập trung hoàn thành các chỉ tiêu năm 2025, thực hiện tốt Kế hoạch số 215/KH-UBND ngày 30/12/2024 của UBND tỉnh về tổ chức phong trào thi đua năm 2025.
Dịp này, Chủ tịch UBND tỉnh tặng Cờ thi đua cho huyện Mộ Đức và tặng Bằng khen cho 02 tập thể, 03 cá nhân có thành tích xuất sắc. Các cá nhân được khen thưởng gồm: ông Nguyễn Tấn Lực, Phó Chủ tịch UBND huyện Tư Nghĩa; bà Huỳnh Thị Thu Sương, Trưởng phòng Nội vụ huyện Nghĩa Hành và ông Lê Văn Trường, Chủ tịch UBND xã Đức Thạnh, huyện Mộ Đức. Hội nghị cũng đã bình xét, đề nghị Chính phủ tặng Cờ thi đua cho huyện Mộ Đức.
Các huyện thống nhất bầu huyện Tư Nghĩa làm Trưởng khối, huyện Bình Sơn làm Phó Trưởng khối năm 2025; các địa phương đã ký kết giao ước thi đua năm 2025.
Ông Trương Quang Vinh, Chủ tịch UBND huyện Mộ Đức, Trưởng khối năm 2024 phát biểu tại hội nghị.
Thanh Nhị
{REL}{FOOT}""",
R("Khối thi đua các huyện đồng bằng tổng kết năm 2024", "2025-01-22", "Thanh Nhị", "Quảng Ngãi", [
  E("tong_ket", "2025-01-20", (2024, 12), "Trung tâm Chính trị huyện Mộ Đức", ("Khối thi đua các huyện đồng bằng", None),
    roles=[("leader", "huyện Mộ Đức", 2024), ("vice_leader", "huyện Tư Nghĩa", 2024),
           ("leader", "huyện Tư Nghĩa", 2025), ("vice_leader", "huyện Bình Sơn", 2025)],
    members=["huyện Mộ Đức", "huyện Tư Nghĩa", "huyện Nghĩa Hành", "huyện Sơn Tịnh", "huyện Bình Sơn", "thị xã Đức Phổ"], mc=6,
    awards=[("co_thi_dua", "tinh", "don_vi", None, "conferred"), ("bang_khen", "tinh", "tap_the", 2, "conferred"),
            ("bang_khen", "tinh", "ca_nhan", 3, "conferred"), ("co_thi_dua", "chinh_phu", "don_vi", None, "proposed")],
    docs=[("ke_hoach", "215/KH-UBND", "2024-12-30", "UBND tỉnh")],
    people=[("Võ Phiên", "Phó Chủ tịch UBND tỉnh"), ("Trương Quang Vinh", "Chủ tịch UBND huyện Mộ Đức, Trưởng khối năm 2024"),
            ("Nguyễn Tấn Lực", "Phó Chủ tịch UBND huyện Tư Nghĩa"), ("Huỳnh Thị Thu Sương", "Trưởng phòng Nội vụ huyện Nghĩa Hành"),
            ("Lê Văn Trường", "Chủ tịch UBND xã Đức Thạnh, huyện Mộ Đức"), ("Phạm Văn Tâm", "Phó Chủ tịch UBND thị xã Đức Phổ"),
            ("Đinh Thị Hồng Minh", "Phó Chủ tịch UBND huyện Sơn Tịnh")],
    camps=["Quảng Ngãi chung sức xây dựng nông thôn mới", "Doanh nghiệp Quảng Ngãi hội nhập và phát triển"])]))

# ---------------------------------------------------------------- f09 so_ket, enterprises bloc, 'các tháng đầu năm'? no: 9 months -> months 9
case("f09", f"""HẢI DƯƠNG ĐIỆN TỬ
Kinh tế | Chính trị | Xã hội
Khối thi đua Doanh nghiệp Trung ương sơ kết 9 tháng năm 2022
05/10/2022 14:20
Sáng 4/10, tại Công ty Nhiệt điện Phả Lại, Khối thi đua các Doanh nghiệp Trung ương trên địa bàn tỉnh Hải Dương tổ chức hội nghị sơ kết công tác thi đua, khen thưởng 9 tháng năm 2022, triển khai nhiệm vụ những tháng cuối năm.
Khối gồm 10 doanh nghiệp, trong đó Công ty Nhiệt điện Phả Lại là đơn vị Trưởng khối, Công ty Điện lực Hải Dương là đơn vị Phó Trưởng khối năm 2022. Dự hội nghị có ông Nguyễn Văn Hải, Phó Trưởng ban Thi đua - Khen thưởng tỉnh, Sở Nội vụ; đại diện Viễn thông Hải Dương, Bưu điện tỉnh Hải Dương, Công ty Xi măng Vicem Hoàng Thạch và các doanh nghiệp thành viên.
Toàn cảnh hội nghị.
9 tháng năm 2022, dù chịu ảnh hưởng của giá nguyên, nhiên liệu đầu vào tăng cao, các doanh nghiệp trong Khối vẫn duy trì sản xuất ổn định. Tổng doanh thu của Khối đạt 21.480 tỷ đồng, bằng 78,3% kế hoạch năm; nộp ngân sách nhà nước 1.370 tỷ đồng; sản lượng điện sản xuất của Công ty Nhiệt điện Phả Lại đạt 5,1 tỷ kWh; thu nhập bình quân của người lao động đạt 13,6 triệu đồng/người/tháng. Các doanh nghiệp đẩy mạnh phong trào "Lao động giỏi, lao động sáng tạo", có 126 sáng kiến được công nhận, làm lợi hơn 42 tỷ đồng.
{G1}
{G2}
{G3}
Phát biểu tại hội nghị, ông Nguyễn Văn Hải đề nghị các doanh nghiệp tập trung hoàn thành kế hoạch sản xuất, kinh doanh năm 2022, thực hiện tốt Công văn số 1578/SNV-TĐKT ngày 12/9/2022 của Sở Nội vụ về việc hướng dẫn tổng kết công tác thi đua, khen thưởng năm 2022.
Ông Đinh Văn Toàn, Giám đốc Công ty Nhiệt điện Phả Lại, Trưởng khối đề nghị các thành viên chủ động chuẩn bị hồ sơ bình xét cuối năm.
Đình Tuấn
Tin mới
- Hải Dương: 9 tháng thu hút 1,2 tỷ USD vốn FDI
- Khánh thành cầu Hàn nối Hải Dương với Hải Phòng
{FOOT}""",
R("Khối thi đua Doanh nghiệp Trung ương sơ kết 9 tháng năm 2022", "2022-10-05", "Đình Tuấn", "Hải Dương", [
  E("so_ket", "2022-10-04", (2022, 9), "Công ty Nhiệt điện Phả Lại", ("Khối thi đua các Doanh nghiệp Trung ương", None),
    roles=[("leader", "Công ty Nhiệt điện Phả Lại", 2022), ("vice_leader", "Công ty Điện lực Hải Dương", 2022)],
    members=["Công ty Nhiệt điện Phả Lại", "Công ty Điện lực Hải Dương", "Viễn thông Hải Dương", "Bưu điện tỉnh Hải Dương",
             "Công ty Xi măng Vicem Hoàng Thạch"], mc=10,
    docs=[("cong_van", "1578/SNV-TĐKT", "2022-09-12", "Sở Nội vụ")],
    people=[("Nguyễn Văn Hải", "Phó Trưởng ban Thi đua - Khen thưởng tỉnh, Sở Nội vụ"),
            ("Đinh Văn Toàn", "Giám đốc Công ty Nhiệt điện Phả Lại, Trưởng khối")],
    camps=["Lao động giỏi, lao động sáng tạo"])]))

# ================================================================= round-ups (one event per bloc)
case("f10", f"""BÁO NINH BÌNH ĐIỆN TỬ
Chính trị | Kinh tế | Văn hóa - Xã hội | Nội chính
Các khối thi đua của tỉnh tổng kết công tác thi đua, khen thưởng năm 2022
Cập nhật: 30/12/2022 08:15
Những ngày cuối năm, các khối thi đua của tỉnh đồng loạt tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022, bình xét các danh hiệu thi đua và bầu đơn vị trưởng khối năm 2023.
Chiều 27/12, tại Hội trường Công an tỉnh, Khối thi đua Nội chính tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022. Dự hội nghị có đồng chí Bùi Mạnh Hà, Phó Giám đốc Sở Nội vụ.
Năm 2022, dưới sự điều hành của Công an tỉnh (Trưởng khối), các đơn vị trong Khối đã hoàn thành xuất sắc nhiệm vụ: tỷ lệ điều tra, khám phá án đạt 91,6%; ngành Kiểm sát giải quyết 100% tin báo về tội phạm; ngành Tòa án giải quyết 2.145 vụ việc các loại, đạt 96,2%; ngành Thi hành án thi hành xong 3.280 việc. Các đơn vị hưởng ứng phong trào thi đua "Vì an ninh Tổ quốc" gắn với phong trào "Toàn dân bảo vệ an ninh Tổ quốc".
Tham luận tại hội nghị, Đại tá Trần Văn Khiêm, Phó Giám đốc Công an tỉnh cho biết lực lượng Công an đã triệt phá 46 đường dây, ổ nhóm tội phạm, bắt giữ 312 đối tượng, thu hồi tài sản trị giá trên 21 tỷ đồng. Đại diện Viện Kiểm sát nhân dân tỉnh đề xuất tăng cường phối hợp liên ngành trong giải quyết án trọng điểm.
Hội nghị đã bình xét, đề nghị UBND tỉnh tặng Cờ thi đua cho 01 đơn vị là Công an tỉnh; bầu Tòa án nhân dân tỉnh làm Trưởng khối năm 2023.
Quang cảnh hội nghị tổng kết Khối thi đua Nội chính.
{G1}
Sáng 28/12, tại Sở Y tế, Khối thi đua Văn hóa - Xã hội gồm 10 sở, ngành tổ chức hội nghị tổng kết năm 2022. Năm 2022, Sở Y tế là đơn vị Trưởng khối, Sở Giáo dục và Đào tạo là đơn vị Phó Trưởng khối. Dự hội nghị có bà Vũ Thị Hằng, Trưởng ban Thi đua - Khen thưởng, Sở Nội vụ.
Các đơn vị trong Khối đã hoàn thành tốt các chỉ tiêu: tỷ lệ trường đạt chuẩn quốc gia đạt 89,4%; 98,7% dân số tham gia bảo hiểm y tế; đón hơn 3,6 triệu lượt khách du lịch; giải quyết việc làm mới cho 19.800 lao động. Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tiếp tục được đẩy mạnh.
{G2}
Tại hội nghị, đại diện Sở Lao động - Thương binh và Xã hội, Đài Phát thanh và Truyền hình tỉnh chia sẻ kinh nghiệm triển khai các phong trào thi đua; nhiều ý kiến đề nghị Khối tăng cường kiểm tra chéo, giao lưu học tập kinh nghiệm giữa các đơn vị. Năm 2022, các đơn vị trong Khối đã quyên góp, ủng hộ gần 1,2 tỷ đồng cho các quỹ xã hội, từ thiện.
{G3}
Hội nghị đã bình xét, đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 04 tập thể; bầu Sở Văn hóa và Thể thao làm Trưởng khối năm 2023. Phát biểu tại hội nghị, ông Lê Đức Thịnh, Giám đốc Sở Y tế cảm ơn các đơn vị đã phối hợp chặt chẽ trong năm qua.
Minh Hải - Hồng Vân
{REL}{FOOT}""",
R("Các khối thi đua của tỉnh tổng kết công tác thi đua, khen thưởng năm 2022", "2022-12-30", "Minh Hải - Hồng Vân", None, [
  E("tong_ket", "2022-12-27", (2022, 12), "Công an tỉnh", ("Khối thi đua Nội chính", None),
    roles=[("leader", "Công an tỉnh", 2022), ("leader", "Tòa án nhân dân tỉnh", 2023)],
    members=["Công an tỉnh", "Tòa án nhân dân tỉnh"],
    awards=[("co_thi_dua", "tinh", "don_vi", 1, "proposed")],
    people=[("Bùi Mạnh Hà", "Phó Giám đốc Sở Nội vụ"), ("Trần Văn Khiêm", "Phó Giám đốc Công an tỉnh")],
    camps=["Vì an ninh Tổ quốc", "Toàn dân bảo vệ an ninh Tổ quốc"]),
  E("tong_ket", "2022-12-28", (2022, 12), "Sở Y tế", ("Khối thi đua Văn hóa - Xã hội", None),
    roles=[("leader", "Sở Y tế", 2022), ("vice_leader", "Sở Giáo dục và Đào tạo", 2022), ("leader", "Sở Văn hóa và Thể thao", 2023)],
    members=["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Văn hóa và Thể thao"], mc=10,
    awards=[("bang_khen", "tinh", "tap_the", 4, "proposed")],
    people=[("Vũ Thị Hằng", "Trưởng ban Thi đua - Khen thưởng, Sở Nội vụ"), ("Lê Đức Thịnh", "Giám đốc Sở Y tế")],
    camps=["Toàn dân đoàn kết xây dựng đời sống văn hóa"])]))

case("f11", f"""BÁO TÂY NINH ONLINE
Thời sự | Kinh tế | Xã hội | Biên giới
Nhiều khối, cụm thi đua tổng kết và ký kết giao ước thi đua
Thứ sáu, 29/12/2023 - 10:05
(BTN) - Trong tuần qua, nhiều khối, cụm thi đua của tỉnh đã tổ chức hội nghị tổng kết phong trào thi đua năm 2023 và ký kết giao ước thi đua năm 2024.
Cụm thi đua các huyện biên giới: Sáng 26/12, tại huyện Tân Biên, Cụm thi đua các huyện biên giới tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Cụm gồm UBND huyện Tân Biên (Cụm trưởng), UBND huyện Tân Châu, UBND huyện Châu Thành, UBND huyện Bến Cầu và UBND thị xã Trảng Bàng. Năm 2023, giá trị sản xuất nông nghiệp toàn Cụm tăng 4,3%, thu ngân sách đạt 1.920 tỷ đồng, các địa phương phối hợp giữ vững an ninh trật tự trên tuyến biên giới dài 240km. Hội nghị bầu UBND huyện Châu Thành làm Cụm trưởng năm 2024. Phó Chủ tịch UBND tỉnh Trần Văn Chiến dự hội nghị.
Khối thi đua Kinh tế - Kỹ thuật: Chiều 27/12, tại Sở Xây dựng, Khối thi đua Kinh tế - Kỹ thuật tổ chức ký kết giao ước thi đua năm 2024. Theo phân công, năm 2024 Sở Xây dựng làm Trưởng khối, Sở Giao thông vận tải làm Phó Trưởng khối. Khối gồm 8 sở, ngành; các đơn vị cam kết thực hiện hiệu quả phong trào thi đua "Tây Ninh chung sức xây dựng nông thôn mới", bảo đảm tiến độ giải ngân vốn đầu tư công trên 95%.
Các đơn vị Khối thi đua Kinh tế - Kỹ thuật ký kết giao ước thi đua.
{G1}
Khối thi đua Mặt trận và các đoàn thể tỉnh: Sáng 28/12, tại Ủy ban MTTQ Việt Nam tỉnh, Khối thi đua Mặt trận và các đoàn thể tỉnh tổng kết phong trào thi đua năm 2023. Năm qua, các đoàn thể vận động xây dựng 312 căn nhà Đại đoàn kết, phát triển mới 6.540 hội viên, đoàn viên. Hội nghị suy tôn đề nghị UBND tỉnh tặng Cờ thi đua cho 01 đơn vị; thống nhất để Hội Nông dân tỉnh làm Trưởng khối năm 2024 thay Ủy ban MTTQ Việt Nam tỉnh (Trưởng khối năm 2023). Bà Nguyễn Thị Xuân Hương, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu tại hội nghị.
{G2}
{G3}
Nhóm PV
{FOOT}""",
R("Nhiều khối, cụm thi đua tổng kết và ký kết giao ước thi đua", "2023-12-29", "Nhóm PV", None, [
  E("tong_ket", "2023-12-26", (2023, 12), "huyện Tân Biên", ("Cụm thi đua các huyện biên giới", None),
    roles=[("leader", "UBND huyện Tân Biên", 2023), ("leader", "UBND huyện Châu Thành", 2024)],
    members=["UBND huyện Tân Biên", "UBND huyện Tân Châu", "UBND huyện Châu Thành", "UBND huyện Bến Cầu", "UBND thị xã Trảng Bàng"],
    people=[("Trần Văn Chiến", "Phó Chủ tịch UBND tỉnh")]),
  E("giao_uoc", "2023-12-27", (2024, 12), "Sở Xây dựng", ("Khối thi đua Kinh tế - Kỹ thuật", None),
    roles=[("leader", "Sở Xây dựng", 2024), ("vice_leader", "Sở Giao thông vận tải", 2024)],
    members=["Sở Xây dựng", "Sở Giao thông vận tải"], mc=8,
    camps=["Tây Ninh chung sức xây dựng nông thôn mới"]),
  E("tong_ket", "2023-12-28", (2023, 12), "Ủy ban MTTQ Việt Nam tỉnh", ("Khối thi đua Mặt trận và các đoàn thể", None),
    roles=[("leader", "Ủy ban MTTQ Việt Nam tỉnh", 2023), ("leader", "Hội Nông dân tỉnh", 2024)],
    members=["Ủy ban MTTQ Việt Nam tỉnh", "Hội Nông dân tỉnh"],
    awards=[("co_thi_dua", "tinh", "don_vi", 1, "proposed")],
    people=[("Nguyễn Thị Xuân Hương", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")])]))

case("f12", f"""CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ > Tin tức sự kiện > Hoạt động của các sở, ban, ngành
Khối thi đua số 3 tổng kết năm 2024, Cụm thi đua số 2 phát động thi đua năm 2025
Ngày đăng: 17/01/2025 | Người viết: Thu Hà
Ngày 10/01/2025, tại Sở Nông nghiệp và Phát triển nông thôn, Khối thi đua số 3 (gồm 07 sở, ngành khối kinh tế ngành) tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. Năm 2024, Sở Nông nghiệp và Phát triển nông thôn là Trưởng khối, Sở Tài nguyên và Môi trường là Phó Trưởng khối. Các đơn vị hoàn thành 100% chỉ tiêu được giao: tốc độ tăng trưởng ngành nông nghiệp đạt 5,2%, tỷ lệ che phủ rừng đạt 57,5%, cấp 14.600 giấy chứng nhận quyền sử dụng đất lần đầu.
Hội nghị bình xét đề nghị Chính phủ tặng Cờ thi đua cho 01 đơn vị, đề nghị UBND tỉnh tặng Cờ thi đua cho 01 đơn vị; bầu Sở Công Thương làm Trưởng khối và Sở Xây dựng làm Phó Trưởng khối năm 2025. Ông Đỗ Minh Quang, Phó Trưởng ban Thi đua - Khen thưởng, Sở Nội vụ phát biểu tại hội nghị.
Quang cảnh hội nghị tổng kết Khối thi đua số 3.
Trước đó, năm 2023, Sở Tài nguyên và Môi trường là Trưởng khối; tại hội nghị tổng kết năm 2023, Khối đã thống nhất luân phiên chức danh Trưởng khối cho Sở Nông nghiệp và Phát triển nông thôn. Theo đánh giá, năm 2024 các đơn vị đã giải quyết 18.450 hồ sơ thủ tục hành chính, 99,6% đúng và trước hạn; triển khai 100% dịch vụ công trực tuyến toàn trình đối với các thủ tục đủ điều kiện.
Phó Giám đốc Sở Nội vụ Vàng Thị Mai phát biểu tại hội nghị tổng kết Khối thi đua số 3.
Bà Vàng Thị Mai đề nghị các đơn vị trong Khối tiếp tục nâng cao chất lượng các phong trào thi đua, gắn với việc thực hiện Chỉ thị số 41-CT/TU ngày 20/3/2024 của Ban Thường vụ Tỉnh ủy về tăng cường kỷ luật, kỷ cương hành chính.
{G1}
{G2}
Ngày 15/01/2025, tại huyện Bảo Thắng, Cụm thi đua số 2 gồm các huyện Bảo Thắng, Bảo Yên, Văn Bàn tổ chức hội nghị phát động phong trào thi đua năm 2025 với chủ đề "Đoàn kết, kỷ cương, đổi mới, bứt phá". UBND huyện Bảo Thắng là Cụm trưởng năm 2025. Các địa phương phấn đấu tốc độ tăng trưởng kinh tế từ 9% trở lên, giảm tỷ lệ hộ nghèo 3% theo Kế hoạch số 05/KH-CTĐ2 ngày 06/01/2025 của Cụm thi đua số 2.
Ông Nguyễn Hữu Thể, Chủ tịch UBND huyện Bảo Thắng phát biểu phát động thi đua.
{G3}
Thu Hà
{REL}{FOOT}""",
R("Khối thi đua số 3 tổng kết năm 2024, Cụm thi đua số 2 phát động thi đua năm 2025", "2025-01-17", "Thu Hà", None, [
  E("tong_ket", "2025-01-10", (2024, 12), "Sở Nông nghiệp và Phát triển nông thôn", ("Khối thi đua số 3", 3),
    roles=[("leader", "Sở Nông nghiệp và Phát triển nông thôn", 2024), ("vice_leader", "Sở Tài nguyên và Môi trường", 2024),
           ("leader", "Sở Công Thương", 2025), ("vice_leader", "Sở Xây dựng", 2025), ("leader", "Sở Tài nguyên và Môi trường", 2023)],
    members=["Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Sở Công Thương", "Sở Xây dựng"], mc=7,
    awards=[("co_thi_dua", "chinh_phu", "don_vi", 1, "proposed"), ("co_thi_dua", "tinh", "don_vi", 1, "proposed")],
    docs=[("chi_thi", "41-CT/TU", "2024-03-20", "Ban Thường vụ Tỉnh ủy")],
    people=[("Đỗ Minh Quang", "Phó Trưởng ban Thi đua - Khen thưởng, Sở Nội vụ"), ("Vàng Thị Mai", "Phó Giám đốc Sở Nội vụ")]),
  E("phat_dong", "2025-01-15", (2025, 12), "huyện Bảo Thắng", ("Cụm thi đua số 2", 2),
    roles=[("leader", "UBND huyện Bảo Thắng", 2025)],
    members=["UBND huyện Bảo Thắng", "huyện Bảo Yên", "huyện Văn Bàn"],
    docs=[("ke_hoach", "05/KH-CTĐ2", "2025-01-06", "Cụm thi đua số 2")],
    people=[("Nguyễn Hữu Thể", "Chủ tịch UBND huyện Bảo Thắng")],
    camps=["Đoàn kết, kỷ cương, đổi mới, bứt phá"])]))

# ================================================================= negatives (blocs mentioned, no bloc meeting)
case("f13", f"""CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ > Tin tức > Chính trị
Hội đồng Thi đua - Khen thưởng tỉnh tổng kết công tác thi đua, khen thưởng năm 2023
Ngày 09/01/2024 | 15:40
Chiều 08/01/2024, tại Trung tâm Hội nghị tỉnh, Hội đồng Thi đua - Khen thưởng tỉnh Hưng Yên tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 và triển khai nhiệm vụ năm 2024. Đồng chí Trần Quốc Văn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh chủ trì hội nghị.
Quang cảnh hội nghị.
Năm 2023, công tác thi đua, khen thưởng của tỉnh có nhiều chuyển biến tích cực. Toàn tỉnh có 12 khối, cụm thi đua với 156 cơ quan, đơn vị, địa phương thành viên; các khối, cụm thi đua đã tổ chức ký kết giao ước thi đua ngay từ đầu năm, duy trì hoạt động theo đúng Hướng dẫn số 03/HD-HĐTĐKT ngày 10/02/2023 của Hội đồng Thi đua - Khen thưởng tỉnh. Khối thi đua các sở, ngành kinh tế do Sở Tài chính làm Trưởng khối và Cụm thi đua các huyện phía Nam do huyện Phù Cừ làm Cụm trưởng được đánh giá là những đơn vị hoạt động hiệu quả, có nhiều cách làm sáng tạo.
Các phong trào thi đua "Hưng Yên chung sức xây dựng nông thôn mới, đô thị văn minh", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" được triển khai sâu rộng. Tổng sản phẩm trên địa bàn tỉnh tăng 7,06%; thu ngân sách đạt 21.800 tỷ đồng; 100% số xã đạt chuẩn nông thôn mới, 53 xã đạt chuẩn nông thôn mới nâng cao.
{G1}
{G2}
Năm 2023, Chủ tịch UBND tỉnh đã tặng Cờ thi đua cho 24 tập thể dẫn đầu các khối, cụm thi đua; tặng Bằng khen cho 412 tập thể và 985 cá nhân; trình Thủ tướng Chính phủ tặng Bằng khen cho 36 tập thể, 58 cá nhân.
Theo báo cáo, trong năm, các khối, cụm thi đua đã tổ chức 24 hội nghị sơ kết, tổng kết và 12 hội nghị ký kết giao ước thi đua; Khối thi đua Văn hóa - Xã hội do Sở Giáo dục và Đào tạo làm Trưởng khối đã tổ chức hội thảo chuyên đề về chuyển đổi số trong ngành giáo dục; Cụm thi đua các huyện phía Bắc tổ chức giao lưu thể thao chào mừng ngày thành lập tỉnh. Tuy nhiên, hoạt động của một số khối, cụm còn hình thức, việc chấm điểm, bình xét ở một số nơi chưa thực chất.
Tham luận tại hội nghị, bà Nguyễn Thị Thu Hà, Giám đốc Sở Giáo dục và Đào tạo chia sẻ kinh nghiệm tổ chức phong trào thi đua "Đổi mới, sáng tạo trong dạy và học"; ông Đỗ Văn Hùng, Chủ tịch UBND huyện Phù Cừ nêu cách làm của địa phương trong phong trào xây dựng nông thôn mới kiểu mẫu.
Phát biểu kết luận, đồng chí Trần Quốc Văn yêu cầu các sở, ngành, địa phương tiếp tục đổi mới công tác thi đua, khen thưởng; các khối, cụm thi đua cần nâng cao chất lượng hoạt động, tránh hình thức, việc bình xét phải thực chất.
Tại hội nghị, thừa ủy quyền của Chủ tịch nước, đồng chí Trần Quốc Văn trao Huân chương Lao động hạng Ba cho 03 tập thể, 02 cá nhân.
Đồng chí Chủ tịch UBND tỉnh trao Huân chương Lao động cho các tập thể, cá nhân.
{G3}
Hải Ninh
{REL}{CAL}
{FOOT}""",
R("Hội đồng Thi đua - Khen thưởng tỉnh tổng kết công tác thi đua, khen thưởng năm 2023", "2024-01-09", "Hải Ninh", None, []))

case("f14", f"""SỞ TƯ PHÁP TỈNH KON TUM
Trang chủ | Giới thiệu | Tin tức | Phổ biến pháp luật | Thủ tục hành chính
Sở Tư pháp tổng kết công tác tư pháp năm 2022, triển khai nhiệm vụ năm 2023
Đăng ngày: 13/01/2023
Sáng ngày 11/01/2023, Sở Tư pháp tỉnh Kon Tum tổ chức Hội nghị tổng kết công tác tư pháp năm 2022 và triển khai nhiệm vụ năm 2023. Dự hội nghị có ông Y Ngọc, Phó Chủ tịch UBND tỉnh; đại diện Vụ Thi đua - Khen thưởng, Bộ Tư pháp.
Năm 2022, Sở đã tham mưu UBND tỉnh ban hành 38 văn bản quy phạm pháp luật; thẩm định 72 dự thảo văn bản; tổ chức 315 hội nghị tuyên truyền, phổ biến pháp luật cho hơn 28.000 lượt người; Trung tâm Trợ giúp pháp lý nhà nước thực hiện 486 vụ việc trợ giúp pháp lý. Công tác hộ tịch, lý lịch tư pháp, quốc tịch được thực hiện đúng quy định; 100% hồ sơ lý lịch tư pháp được trả đúng và trước hạn.
Với vai trò là đơn vị Trưởng Khối thi đua Nội chính năm 2022, Sở Tư pháp đã chủ động phối hợp với các đơn vị thành viên tổ chức tốt các hoạt động của Khối; cuối năm, Sở được các đơn vị trong Khối suy tôn, đề nghị UBND tỉnh tặng Cờ thi đua.
Ông Y Ngọc, Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị.
{G1}
{G2}
Phát biểu chỉ đạo, ông Y Ngọc ghi nhận, biểu dương những kết quả Sở Tư pháp đạt được trong năm 2022; đề nghị năm 2023 Sở tiếp tục nâng cao chất lượng công tác xây dựng, thẩm định văn bản, đẩy mạnh chuyển đổi số trong lĩnh vực hộ tịch, lý lịch tư pháp.
Tại hội nghị, Giám đốc Sở Tư pháp Lê Thị Thu Hương đã trao Giấy khen của Giám đốc Sở cho 06 tập thể và 15 cá nhân có thành tích xuất sắc trong năm 2022; phát động phong trào thi đua "Cán bộ, công chức, viên chức ngành Tư pháp thi đua thực hiện văn hóa công vụ" năm 2023.
{G3}
Văn phòng Sở
{REL}{FOOT}""",
R("Sở Tư pháp tổng kết công tác tư pháp năm 2022, triển khai nhiệm vụ năm 2023", "2023-01-13", "Văn phòng Sở", None, []))

case("f15", f"""BÁO SÓC TRĂNG ĐIỆN TỬ
Chính trị | Xây dựng Đảng | Kinh tế | Xã hội
Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh lần thứ VIII, nhiệm kỳ 2025 - 2030
Thứ Năm, 12/06/2025 - 17:20
(STO) - Trong 2 ngày 11 và 12/6, tại Hội trường Tỉnh ủy, Đảng bộ Khối các cơ quan tỉnh Sóc Trăng tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2025 - 2030. Dự đại hội có đồng chí Lâm Văn Mẫn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; 250 đại biểu đại diện cho hơn 4.600 đảng viên của 86 tổ chức cơ sở đảng trực thuộc.
Quang cảnh đại hội.
Nhiệm kỳ 2020 - 2025, Đảng bộ Khối đã lãnh đạo các cơ quan, đơn vị hoàn thành tốt nhiệm vụ chính trị; 12/12 chỉ tiêu nghị quyết đạt và vượt. Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; kết nạp 1.152 đảng viên mới. Các phong trào thi đua trong các cơ quan, đơn vị được duy trì, gắn với các khối thi đua của tỉnh; việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị đi vào chiều sâu.
{G1}
{G2}
Phát biểu chỉ đạo, đồng chí Lâm Văn Mẫn đề nghị Đảng bộ Khối tiếp tục đổi mới phương thức lãnh đạo, nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng; chú trọng xây dựng đội ngũ cán bộ, công chức, viên chức có phẩm chất đạo đức, năng lực chuyên môn, đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới.
Đại hội đã bầu Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2025 - 2030 gồm 25 đồng chí; đồng chí Trần Văn Lâu được bầu giữ chức Bí thư Đảng ủy Khối. Đại hội cũng bầu đoàn đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XV gồm 18 đồng chí.
{G3}
Tuấn Kiệt
{REL}{FOOT}""",
R("Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh lần thứ VIII, nhiệm kỳ 2025 - 2030", "2025-06-12", "Tuấn Kiệt", None, []))
