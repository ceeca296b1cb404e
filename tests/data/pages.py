"""Invented scraped pages (menus, widgets, captions, teasers, footers) with full gold records.

Written for this project by a team member as a probe of scrape-shaped input; the
gold follows RECORD.md and was written from each text, not from extractor output.
"""
NB = "\u00a0"

from records import E, R, collector  # noqa: F401  (E and R build the gold below)

CASES, case = collector()

case("p01", """Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ
Đăng nhập | Đăng ký
Tìm kiếm...
Trang chủ > Tin tức - Sự kiện > Thi đua - Khen thưởng
Khối thi đua các cơ quan Nội chính tỉnh tổng kết công tác năm 2023
Thứ Sáu, 29/12/2023 - 15:20 | Lượt xem: 245
Cỡ chữ: A- A A+ | In bài viết | Gửi email
Sáng 28/12, tại Hội trường Công an tỉnh Phú Yên, Khối thi đua các cơ quan Nội chính tỉnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Trần Hữu Thế, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.
Đồng chí Trần Hữu Thế, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị
Năm 2023, Công an tỉnh (đơn vị Trưởng khối) đã phối hợp chặt chẽ với Viện Kiểm sát nhân dân tỉnh (đơn vị Phó khối) điều hành hoạt động của Khối. Các đơn vị trong Khối đều hoàn thành xuất sắc nhiệm vụ được giao.
Hội nghị đã bình xét, suy tôn Công an tỉnh và Tòa án nhân dân tỉnh đề nghị UBND tỉnh tặng Cờ thi đua; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 03 đơn vị.
Hội nghị thống nhất bầu Viện Kiểm sát nhân dân tỉnh làm Trưởng khối, Cục Thi hành án dân sự tỉnh làm Phó khối năm 2024.
Bài, ảnh: Thanh Hà
Tin liên quan:
- Khối thi đua Văn hóa - Xã hội ký kết giao ước thi đua năm 2023
- Cụm thi đua các huyện phía Nam sơ kết 6 tháng đầu năm
Bản quyền © 2023 Cổng Thông tin điện tử tỉnh Phú Yên. Ghi rõ nguồn khi phát hành lại thông tin từ website này.""",
R("Khối thi đua các cơ quan Nội chính tỉnh tổng kết công tác năm 2023", "2023-12-29", "Thanh Hà", "Phú Yên", [
 E("tong_ket", "2023-12-28", (2023, 12), "Công an tỉnh Phú Yên", ("Khối thi đua các cơ quan Nội chính", None),
   roles=[("leader", "Công an tỉnh", 2023), ("vice_leader", "Viện Kiểm sát nhân dân tỉnh", 2023),
          ("leader", "Viện Kiểm sát nhân dân tỉnh", 2024), ("vice_leader", "Cục Thi hành án dân sự tỉnh", 2024)],
   members=["Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh", "Cục Thi hành án dân sự tỉnh"],
   awards=[("co_thi_dua", "tinh", "don_vi", 2, "proposed"), ("bang_khen", "tinh", "don_vi", 3, "proposed")],
   people=[("Trần Hữu Thế", "Phó Chủ tịch UBND tỉnh")])]))

case("p02", """Chuyên mục: Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Video
Cập nhật: 14:35 GMT+7, 21/07/2022
Chia sẻ Facebook  Zalo  Twitter
KHỐI THI ĐUA SỐ 3 SƠ KẾT PHONG TRÀO THI ĐUA 6 THÁNG ĐẦU NĂM 2022
LĐ - Chiều 20/7, tại Sở Tài nguyên và Môi trường, Khối thi đua số 3 tỉnh Lâm Đồng tổ chức hội nghị sơ kết phong trào thi đua 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2022.
Khối thi đua số 3 gồm 7 đơn vị: Sở Tài nguyên và Môi trường, Sở Xây dựng, Sở Giao thông vận tải, Sở Công Thương, Sở Nông nghiệp và Phát triển nông thôn, Ban Quản lý các khu công nghiệp tỉnh và Cục Thống kê tỉnh.
Toàn cảnh hội nghị sơ kết
Trong 6 tháng đầu năm, các đơn vị đã triển khai phong trào thi đua "Lâm Đồng chung sức xây dựng nông thôn mới" gắn với cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam". Ông Phạm Văn Lộc, Giám đốc Sở Tài nguyên và Môi trường, Trưởng khối năm 2022 chủ trì hội nghị.
Bài, ảnh: Hoàng Yến
Ý kiến bạn đọc (0)
Gửi bình luận""",
R("KHỐI THI ĐUA SỐ 3 SƠ KẾT PHONG TRÀO THI ĐUA 6 THÁNG ĐẦU NĂM 2022", "2022-07-21", "Hoàng Yến", "Lâm Đồng", [
 E("so_ket", "2022-07-20", (2022, 6), "Sở Tài nguyên và Môi trường", ("Khối thi đua số 3", 3),
   roles=[("leader", "Sở Tài nguyên và Môi trường", 2022)],
   members=["Sở Tài nguyên và Môi trường", "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Công Thương",
            "Sở Nông nghiệp và Phát triển nông thôn", "Ban Quản lý các khu công nghiệp tỉnh", "Cục Thống kê tỉnh"], mc=7,
   people=[("Phạm Văn Lộc", "Giám đốc Sở Tài nguyên và Môi trường")],
   camps=["Lâm Đồng chung sức xây dựng nông thôn mới", "Người Việt Nam ưu tiên dùng hàng Việt Nam"])]))

case("p03", """ước thi đua năm 2021 giữa các đơn vị trong Cụm.
Tại hội nghị, Ban Quản lý Cụm thi đua số II đã quán triệt Kế hoạch số 15/KH-CTĐ ngày 10/01/2021 của Cụm về tổ chức phong trào thi đua năm 2021. Cụm thi đua số II thuộc tỉnh Bắc Giang gồm 5 huyện: Lục Nam, Lục Ngạn, Sơn Động, Yên Thế và Lạng Giang.
Năm 2021, Ủy ban nhân dân huyện Lục Ngạn là đơn vị Cụm trưởng, Ủy ban nhân dân huyện Sơn Động là Cụm phó.
Lãnh đạo các huyện ký kết giao ước thi đua năm 2021
Buổi ký kết diễn ra sáng 25/2/2021 tại huyện Lục Ngạn dưới sự chứng kiến của ông Lê Ô Pích, Phó Chủ tịch UBND tỉnh.
Nhóm PV
Tin cùng chuyên mục
Khối các cơ quan Đảng tỉnh tổng kết năm 2020 (15/01/2021)
Hội Nông dân tỉnh phát động thi đua (12/01/2021)""",
R(None, None, "Nhóm PV", "Bắc Giang", [
 E("giao_uoc", "2021-02-25", (2021, 12), "huyện Lục Ngạn", ("Cụm thi đua số II", 2),
   roles=[("leader", "Ủy ban nhân dân huyện Lục Ngạn", 2021), ("vice_leader", "Ủy ban nhân dân huyện Sơn Động", 2021)],
   members=["huyện Lục Nam", "Ủy ban nhân dân huyện Lục Ngạn", "Ủy ban nhân dân huyện Sơn Động", "huyện Yên Thế", "huyện Lạng Giang"], mc=5,
   docs=[("ke_hoach", "15/KH-CTĐ", "2021-01-10", "Cụm")],
   people=[("Lê Ô Pích", "Phó Chủ tịch UBND tỉnh")])]))

case("p04", """Menu  Tin tức  Thời sự  Kinh tế  Xã hội  Pháp luật
Thứ Ba, 10/10/2023 09:12 (GMT+7)
Tỉnh Quảng Bình hỗ trợ người dân vùng lũ ổn định cuộc sống
Ngày 9/10, đoàn công tác của UBND tỉnh Quảng Bình do ông Đoàn Ngọc Lâm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến thăm, tặng quà cho các hộ dân bị thiệt hại do mưa lũ tại huyện Lệ Thủy và Quảng Ninh.
Đoàn công tác thăm hỏi người dân vùng lũ
Tổng số tiền hỗ trợ đợt này là hơn 2 tỷ đồng. Ông Đoàn Ngọc Lâm đề nghị chính quyền địa phương rà soát, hỗ trợ kịp thời các hộ khó khăn, không để người dân nào bị đói, rét.
Minh Phong
Tin khác
› Khối thi đua các cơ quan Đảng tỉnh tổng kết công tác thi đua năm 2022
› Cụm thi đua số 4 ký kết giao ước thi đua năm 2023
› Khối thi đua Kinh tế tổng hợp sơ kết 6 tháng đầu năm 2023
Báo Quảng Bình điện tử. Giấy phép số 128/GP-BTTTT.""",
R("Tỉnh Quảng Bình hỗ trợ người dân vùng lũ ổn định cuộc sống", "2023-10-10", "Minh Phong", None, []))

case("p05", """Trang chủ / Thi đua - Khen thưởng
Đại hội Thi đua yêu nước tỉnh Hà Tĩnh lần thứ VI
Ngày đăng: 25/08/2020 | Lượt xem: 1.203
Sáng 24/8, tại Trung tâm Văn hóa - Hội nghị tỉnh, UBND tỉnh Hà Tĩnh tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ VI, giai đoạn 2020 - 2025. Đồng chí Trần Tiến Hưng, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh chủ trì đại hội.
Đại hội có 350 đại biểu là điển hình tiên tiến đại diện các khối thi đua, cụm thi đua của tỉnh. Trong 5 năm qua, các khối, cụm thi đua đã hoạt động hiệu quả, ký kết giao ước thi đua hằng năm.
Dịp này, 15 tập thể, 20 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh.
P.V
© Sở Nội vụ tỉnh Hà Tĩnh""",
R("Đại hội Thi đua yêu nước tỉnh Hà Tĩnh lần thứ VI", "2020-08-25", "P.V", None, []))

case("p06", """Đảng bộ Khối các cơ quan tỉnh Kon Tum
Trang chủ » Tin hoạt động
Hội nghị Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh lần thứ 12
(Đăng lúc: 18-07-2022 08:30:15 AM)
Ngày 15/7, Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh Kon Tum tổ chức hội nghị lần thứ 12 (mở rộng) để sơ kết công tác 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm.
Đồng chí Nguyễn Văn Hòa, Bí thư Đảng ủy Khối chủ trì hội nghị. Hội nghị đã phát động thi đua chào mừng kỷ niệm 92 năm Ngày thành lập Đảng bộ Khối, khen thưởng 5 tổ chức cơ sở đảng.
Tác giả: Văn Thủy
Lượt xem: 87 | In trang""",
R("Hội nghị Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh lần thứ 12", "2022-07-18", "Văn Thủy", None, []))

case("p07", """Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Cần Thơ
Giới thiệu | Sản phẩm | Tin tức | Tuyển dụng
VietinBank Cần Thơ tổng kết hoạt động kinh doanh năm 2021
06/01/2022
Chiều 5/1/2022, VietinBank Chi nhánh Cần Thơ tổ chức hội nghị tổng kết hoạt động kinh doanh năm 2021, triển khai nhiệm vụ năm 2022 và phát động thi đua năm 2022. Chi nhánh vinh dự được Thống đốc NHNN tặng Bằng khen vì đã có thành tích xuất sắc.
Tại hội nghị, Giám đốc chi nhánh Lê Thị Mai đã trao giấy khen cho 12 tập thể và 35 cá nhân. VietinBank Cần Thơ là thành viên của Khối thi đua các ngân hàng thương mại trên địa bàn thành phố.
Tin: Quốc Bảo
Hotline: 1900 558 868""",
R("VietinBank Cần Thơ tổng kết hoạt động kinh doanh năm 2021", "2022-01-06", "Quốc Bảo", None, []))

case("p08", """Trang chủ > Kinh tế > Xây dựng
Huyện Tuy Phước đẩy nhanh tiến độ các công trình trọng điểm
Thứ hai, 12/6/2023, 16:05
Ngày 10/6, huyện Tuy Phước (Bình Định) phát động đợt thi đua 100 ngày đêm hoàn thành các công trình trọng điểm. Theo báo cáo, khối lượng thi công đạt 70% kế hoạch; khối lượng đất đắp còn lại khoảng 45.000 m3.
Các nhà thầu ký cam kết thi đua hoàn thành khối lượng công việc trước ngày 30/9/2023. Khối văn phòng UBND huyện được giao theo dõi tiến độ hàng tuần.
Công nhân thi công trên công trường
Ngọc Nhuận
Chia sẻ | Bình luận (2)""",
R("Huyện Tuy Phước đẩy nhanh tiến độ các công trình trọng điểm", "2023-06-12", "Ngọc Nhuận", None, []))

case("p09", """Sở Nội vụ tỉnh Hoà Bình
Giới thiệu » Tin tức » Thi đua khen thưởng
Khối thi đua Văn hoá - Xã hội tổng kết công tác thi đua, khen thưởng năm 2020
Ngày\u00a0cập\u00a0nhật: 08/01/2021
Ngày\u00a07/1/2021, tại Sở Y tế, Khối thi đua Văn hoá - Xã hội tỉnh Hoà Bình tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2020. Đến dự có đồng chí Bùi Văn Khánh, Giám đốc Sở Nội vụ.
Năm 2020, Sở Y tế là đơn vị Khối trưởng, Sở Giáo dục và Đào tạo là đơn vị Khối phó. Khối gồm 09 đơn vị thành viên.
Hội nghị đã bỏ phiếu suy tôn Sở Y tế dẫn đầu phong trào thi đua, đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ; suy tôn Sở Văn hoá, Thể thao và Du lịch đề nghị UBND tỉnh tặng Cờ thi đua.
Hội nghị đã bầu Sở Văn hoá, Thể thao và Du lịch làm Khối trưởng, Đài Phát thanh - Truyền hình tỉnh làm Khối phó năm 2021.
Quách Hương
Các tin khác:
- Khối thi đua Nội chính tỉnh ký kết giao ước năm 2021 (05/01/2021)""",
R("Khối thi đua Văn hoá - Xã hội tổng kết công tác thi đua, khen thưởng năm 2020", "2021-01-08", "Quách Hương", "Hoà Bình", [
 E("tong_ket", "2021-01-07", (2020, 12), "Sở Y tế", ("Khối thi đua Văn hoá - Xã hội", None),
   roles=[("leader", "Sở Y tế", 2020), ("vice_leader", "Sở Giáo dục và Đào tạo", 2020),
          ("leader", "Sở Văn hoá, Thể thao và Du lịch", 2021), ("vice_leader", "Đài Phát thanh - Truyền hình tỉnh", 2021)],
   members=["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Văn hoá, Thể thao và Du lịch", "Đài Phát thanh - Truyền hình tỉnh"], mc=9,
   awards=[("co_thi_dua", "chinh_phu", "don_vi", 1, "proposed"), ("co_thi_dua", "tinh", "don_vi", 1, "proposed")],
   people=[("Bùi Văn Khánh", "Giám đốc Sở Nội vụ")])]))

case("p10", """BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội
Khối thi đua các doanh nghiệp nhà nước phát động thi đua năm 2024
Cập nhật lúc 10:45, Thứ Năm, 22/02/2024 (GMT+7)
(ĐN) - Sáng 21-2, tại Tổng công ty Công nghiệp thực phẩm Đồng Nai (Dofico), Khối thi đua các doanh nghiệp nhà nước tỉnh tổ chức hội nghị phát động phong trào thi đua và ký kết giao ước thi đua năm 2024.
Khối gồm 6 doanh nghiệp; Dofico là đơn vị Trưởng khối, Công ty TNHH MTV Xổ số kiến thiết Đồng Nai là đơn vị Phó khối năm 2024.
Đại diện các doanh nghiệp ký kết giao ước thi đua năm 2024
Các đơn vị thống nhất thi đua thực hiện thắng lợi nhiệm vụ sản xuất kinh doanh, phấn đấu doanh thu tăng 8% so với năm 2023. Phó Giám đốc Sở Nội vụ Trần Văn Tám đề nghị các doanh nghiệp quan tâm khen thưởng người lao động trực tiếp sản xu""",
R("Khối thi đua các doanh nghiệp nhà nước phát động thi đua năm 2024", "2024-02-22", None, "Đồng Nai", [
 E("phat_dong", "2024-02-21", (2024, 12), "Tổng công ty Công nghiệp thực phẩm Đồng Nai (Dofico)", ("Khối thi đua các doanh nghiệp nhà nước", None),
   roles=[("leader", "Tổng công ty Công nghiệp thực phẩm Đồng Nai (Dofico)", 2024), ("vice_leader", "Công ty TNHH MTV Xổ số kiến thiết Đồng Nai", 2024)],
   members=["Tổng công ty Công nghiệp thực phẩm Đồng Nai (Dofico)", "Công ty TNHH MTV Xổ số kiến thiết Đồng Nai"], mc=6,
   people=[("Trần Văn Tám", "Phó Giám đốc Sở Nội vụ")])]))

case("p11", """Bộ Công an - Cổng thông tin điện tử
Tin tức > Hoạt động của lực lượng Công an
CỤM THI ĐUA SỐ 5 TỔNG KẾT PHONG TRÀO THI ĐUA "VÌ AN NINH TỔ QUỐC" NĂM 2022
11:20 14/11/2022
Ngày 12/11/2022, tại thành phố Đồng Hới, Công an tỉnh Quảng Bình (đơn vị Cụm trưởng) đã chủ trì tổ chức Hội nghị tổng kết phong trào thi đua "Vì an ninh Tổ quốc" năm 2022 Cụm thi đua số 5 gồm Công an các tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị và Thừa Thiên Huế.
Dự hội nghị có Thiếu tướng Nguyễn Văn Long, Cục trưởng Cục Công tác Đảng và công tác chính trị.
Thiếu tướng Nguyễn Văn Long phát biểu tại hội nghị
Hội nghị đã bình xét, suy tôn Công an tỉnh Nghệ An đề nghị Chính phủ tặng Cờ thi đua; 02 đơn vị đề nghị Bộ Công an tặng Cờ thi đua. Công an tỉnh Hà Tĩnh được bầu làm Cụm trưởng năm 2023.
Hải Đăng - Công an tỉnh Quảng Bình""",
R('CỤM THI ĐUA SỐ 5 TỔNG KẾT PHONG TRÀO THI ĐUA "VÌ AN NINH TỔ QUỐC" NĂM 2022', "2022-11-14", "Hải Đăng", None, [
 E("tong_ket", "2022-11-12", (2022, 12), "thành phố Đồng Hới", ("Cụm thi đua số 5", 5),
   roles=[("leader", "Công an tỉnh Quảng Bình", 2022), ("leader", "Công an tỉnh Hà Tĩnh", 2023)],
   members=["Công an tỉnh Thanh Hóa", "Công an tỉnh Nghệ An", "Công an tỉnh Hà Tĩnh", "Công an tỉnh Quảng Bình", "Công an tỉnh Quảng Trị", "Công an tỉnh Thừa Thiên Huế"],
   awards=[("co_thi_dua", "chinh_phu", "don_vi", 1, "proposed"), ("co_thi_dua", "bo_nganh", "don_vi", 2, "proposed")],
   people=[("Nguyễn Văn Long", "Cục trưởng Cục Công tác Đảng và công tác chính trị")],
   camps=["Vì an ninh Tổ quốc"])]))

case("p12", """Skip to content
Tìm kiếm  |  English
Khối thi đua các Hội đặc thù tổ chức hội nghị tổng kết năm 2019
Đăng ngày: 03/01/2020 lúc 16:02 | Chuyên mục: Tin địa phương
Chiều 2/1/2020, Khối thi đua các Hội đặc thù tỉnh Đắk Lắk tổ chức hội nghị tổng kết phong trào thi đua năm 2019 và triển khai nhiệm vụ năm 2020.
Khối gồm 11 hội: Hội Chữ thập đỏ tỉnh, Hội Luật gia tỉnh, Hội Nhà báo tỉnh, Hội Văn học Nghệ thuật tỉnh, Hội Khuyến học tỉnh, Hội Người cao tuổi tỉnh... Năm 2019, Hội Chữ thập đỏ tỉnh làm Khối trưởng; Hội Luật gia tỉnh làm Khối phó.
Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Hội Khuyến học tỉnh và đề nghị tặng Bằng khen cho 2 hội. Năm 2020, Hội Nhà báo tỉnh được bầu làm Khối trưởng, Hội Văn học Nghệ thuật tỉnh làm Khối phó.
H'Zen Niê
Chia sẻ:  Facebook  Twitter  In""",
R("Khối thi đua các Hội đặc thù tổ chức hội nghị tổng kết năm 2019", "2020-01-03", "H'Zen Niê", "Đắk Lắk", [
 E("tong_ket", "2020-01-02", (2019, 12), None, ("Khối thi đua các Hội đặc thù", None),
   roles=[("leader", "Hội Chữ thập đỏ tỉnh", 2019), ("vice_leader", "Hội Luật gia tỉnh", 2019),
          ("leader", "Hội Nhà báo tỉnh", 2020), ("vice_leader", "Hội Văn học Nghệ thuật tỉnh", 2020)],
   members=["Hội Chữ thập đỏ tỉnh", "Hội Luật gia tỉnh", "Hội Nhà báo tỉnh", "Hội Văn học Nghệ thuật tỉnh", "Hội Khuyến học tỉnh", "Hội Người cao tuổi tỉnh"], mc=11,
   awards=[("co_thi_dua", "tinh", "don_vi", 1, "proposed"), ("bang_khen", None, "don_vi", 2, "proposed")])]))

case("p13", """Trang chủ | Tin tức | Thông báo | Lịch công tác
Khối thi đua Kinh tế tổng hợp ký kết giao ước thi đua năm 2022
Thứ tư, 16/03/2022 | 08:30
Ngày 15/3/2022, tại Sở Kế hoạch và Đầu tư, Khối thi đua Kinh tế tổng hợp tỉnh Thái Bình tổ chức hội nghị ký kết giao ước thi đua năm 2022. Thực hiện Hướng dẫn số 02/HD-HĐTĐKT ngày 12/01/2022 của Hội đồng Thi đua - Khen thưởng tỉnh về công tác thi đua, khen thưởng năm 2022 và Quyết định số 312/QĐ-UBND ngày 20/02/2022 của UBND tỉnh, các đơn vị đã đăng ký chỉ tiêu thi đua.
Lãnh đạo các đơn vị ký giao ước thi đua
Lãnh đạo các đơn vị ký giao ước thi đua năm 2022. Ông Nguyễn Văn Giang, Giám đốc Sở Kế hoạch và Đầu tư - Trưởng khối chủ trì hội nghị.
Minh Châu (Sở Kế hoạch và Đầu tư)
Tin mới hơn:
Khối thi đua Kinh tế tổng hợp sơ kết 6 tháng đầu năm 2021""",
R("Khối thi đua Kinh tế tổng hợp ký kết giao ước thi đua năm 2022", "2022-03-16", "Minh Châu", "Thái Bình", [
 E("giao_uoc", "2022-03-15", (2022, 12), "Sở Kế hoạch và Đầu tư", ("Khối thi đua Kinh tế tổng hợp", None),
   roles=[("leader", "Sở Kế hoạch và Đầu tư", 2022)], members=["Sở Kế hoạch và Đầu tư"],
   docs=[("huong_dan", "02/HD-HĐTĐKT", "2022-01-12", "Hội đồng Thi đua - Khen thưởng tỉnh"), ("quyet_dinh", "312/QĐ-UBND", "2022-02-20", "UBND tỉnh")],
   people=[("Nguyễn Văn Giang", "Giám đốc Sở Kế hoạch và Đầu tư")])]))

case("p14", """(Theo Báo Long An)
Long An: Cụm thi đua các huyện vùng Đồng Tháp Mười sơ kết 6 tháng
22/7/2021 - 09:15 AM
Ngày 21/7, Cụm thi đua các huyện vùng Đồng Tháp Mười tỉnh Long An gồm các huyện: Mộc Hóa, Tân Thạnh, Thạnh Hóa, Vĩnh Hưng, Tân Hưng và thị xã Kiến Tường tổ chức hội nghị trực tuyến sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2021.
UBND huyện Tân Thạnh là đơn vị Cụm trưởng năm 2021, UBND thị xã Kiến Tường là Cụm phó.
Hội nghị trực tuyến tại điểm cầu huyện Tân Thạnh
Cụm trưởng đề nghị các địa phương tiếp tục thực hiện phong trào thi đua "Long An chung sức xây dựng nông thôn mới".""",
R("Long An: Cụm thi đua các huyện vùng Đồng Tháp Mười sơ kết 6 tháng", "2021-07-22", None, "Long An", [
 E("so_ket", "2021-07-21", (2021, 6), None, ("Cụm thi đua các huyện vùng Đồng Tháp Mười", None),
   roles=[("leader", "UBND huyện Tân Thạnh", 2021), ("vice_leader", "UBND thị xã Kiến Tường", 2021)],
   members=["huyện Mộc Hóa", "UBND huyện Tân Thạnh", "huyện Thạnh Hóa", "huyện Vĩnh Hưng", "huyện Tân Hưng", "UBND thị xã Kiến Tường"],
   camps=["Long An chung sức xây dựng nông thôn mới"])]))

case("p15", """Đăng nhập   Đăng ký   RSS   Sơ đồ site
Khối thi đua các cơ quan, đơn vị Trung ương đóng trên địa bàn tỉnh tổng kết năm 2018
27/12/2018 16:47:00   Lượt xem: 532
Sáng 26/12, tại Kho bạc Nhà nước Quảng Ngãi, Khối thi đua các cơ quan, đơn vị Trung ương đóng trên địa bàn tỉnh (Khối thi đua số 10) tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2018. KBNN Quảng Ngãi là Khối trưởng năm 2018.
Năm 2018, 100% đơn vị trong Khối hoàn thành xuất sắc nhiệm vụ. Hội nghị đã bình chọn Cục Thuế tỉnh và Cục Hải quan tỉnh đề nghị UBND tỉnh tặng Cờ thi đua, đồng thời đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể.
Hội nghị đã tiến hành bàn giao nhiệm vụ Khối trưởng năm 2019 cho Cục Thuế tỉnh.
Tin, ảnh: T.P
Các tin đã đưa ngày:
Khối thi đua Doanh nghiệp ký giao ước thi đua (20/3/2018)
Cụm thi đua số 1 sơ kết 6 tháng (15/7/2018)""",
R("Khối thi đua các cơ quan, đơn vị Trung ương đóng trên địa bàn tỉnh tổng kết năm 2018", "2018-12-27", "T.P", "Quảng Ngãi", [
 E("tong_ket", "2018-12-26", (2018, 12), "Kho bạc Nhà nước Quảng Ngãi", ("Khối thi đua các cơ quan, đơn vị Trung ương đóng trên địa bàn tỉnh", 10),
   roles=[("leader", "KBNN Quảng Ngãi", 2018), ("leader", "Cục Thuế tỉnh", 2019)],
   members=["Kho bạc Nhà nước Quảng Ngãi", "Cục Thuế tỉnh", "Cục Hải quan tỉnh"],
   awards=[("co_thi_dua", "tinh", "don_vi", 2, "proposed"), ("bang_khen", "tinh", "tap_the", 4, "proposed")])]))

case("p16", """Cổng TTĐT Sở Nội vụ
Tin tức - Sự kiện
Hoạt động của các Khối thi đua
Khối thi đua số 7 sơ kết công tác thi đua 6 tháng đầu năm 2023
Ngày 25 tháng 7 năm 2023, tại Trường Chính trị tỉnh Tuyên Quang, Khối thi đua số 7 đã tổ chức hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Hoàng Thị Lan, Phó Hiệu trưởng Trường Chính trị tỉnh (đơn vị Trưởng khối) chủ trì hội nghị.
Khối thi đua số 7 gồm 08 đơn vị: Trường Chính trị tỉnh, Trường Cao đẳng nghề kỹ thuật - công nghệ, Trường Cao đẳng Sư phạm, Trường Đại học Tân Trào, Trường Trung cấp Y tế, Trường Cao đẳng Tuyên Quang, Trường Trung cấp nghề và Trung tâm Giáo dục thường xuyên tỉnh.
Ảnh: Quang cảnh hội nghị sơ kết Khối thi đua số 7.
(Nguồn: Trường Chính trị tỉnh)
Số lượt truy cập: 1.234.567""",
R("Khối thi đua số 7 sơ kết công tác thi đua 6 tháng đầu năm 2023", None, None, "Tuyên Quang", [
 E("so_ket", "2023-07-25", (2023, 6), "Trường Chính trị tỉnh Tuyên Quang", ("Khối thi đua số 7", 7),
   roles=[("leader", "Trường Chính trị tỉnh", 2023)],
   members=["Trường Chính trị tỉnh", "Trường Cao đẳng nghề kỹ thuật - công nghệ", "Trường Cao đẳng Sư phạm", "Trường Đại học Tân Trào",
            "Trường Trung cấp Y tế", "Trường Cao đẳng Tuyên Quang", "Trường Trung cấp nghề", "Trung tâm Giáo dục thường xuyên tỉnh"], mc=8,
   people=[("Hoàng Thị Lan", "Phó Hiệu trưởng Trường Chính trị tỉnh")])]))

case("p17", """Thứ bảy, ngày 13 tháng 1 năm 2024
Đọc báo in | Thời tiết | Liên hệ quảng cáo
Cụm thi đua Bộ đội Biên phòng các tỉnh Tây Nam Bộ tổng kết năm 2023
BP - Ngày 12/1, tại Bộ Chỉ huy BĐBP tỉnh Kiên Giang, Cụm thi đua BĐBP các tỉnh: Kiên Giang, An Giang, Đồng Tháp, Long An tổ chức hội nghị tổng kết phong trào thi đua Quyết thắng năm 2023. Đại tá Trần Văn Hùng, Phó Chính ủy BĐBP chủ trì hội nghị.
Đại tá Trần Văn Hùng trao Cờ thi đua cho đơn vị xuất sắc
Tại hội nghị, Đại tá Trần Văn Hùng đã trao Cờ thi đua của Bộ Quốc phòng cho BĐBP tỉnh An Giang; trao Bằng khen của Bộ trưởng Bộ Quốc phòng cho 3 tập thể và 5 cá nhân.
Hội nghị bầu BĐBP tỉnh Đồng Tháp làm Cụm trưởng năm 2024.
Quốc Huy - Nhật Minh""",
R("Cụm thi đua Bộ đội Biên phòng các tỉnh Tây Nam Bộ tổng kết năm 2023", None, "Quốc Huy - Nhật Minh", None, [
 E("tong_ket", "2024-01-12", (2023, 12), "Bộ Chỉ huy BĐBP tỉnh Kiên Giang", ("Cụm thi đua Bộ đội Biên phòng các tỉnh Tây Nam Bộ", None),
   roles=[("leader", "BĐBP tỉnh Đồng Tháp", 2024)],
   members=["BĐBP Kiên Giang", "BĐBP An Giang", "BĐBP Đồng Tháp", "BĐBP Long An"],
   awards=[("co_thi_dua", "bo_nganh", "don_vi", 1, "conferred"), ("bang_khen", "bo_nganh", "tap_the", 3, "conferred"), ("bang_khen", "bo_nganh", "ca_nhan", 5, "conferred")],
   people=[("Trần Văn Hùng", "Phó Chính ủy BĐBP")], camps=[])]))

case("p18", """Tin tức
Khối thi đua Nông nghiệp - Nông thôn: Tổng kết phong trào thi đua năm 2017
Tác giả: Nguyễn Thị Thu Trang - Văn phòng Sở
Ngày xuất bản: 05/01/2018 | Lượt xem: 310 | Bản in
Chiều 04/01/2018 tại hội trường Sở Nông nghiệp và Phát triển nông thôn, Khối thi đua Nông nghiệp - Nông thôn tỉnh Ninh Bình tổ chức hội nghị tổng kết phong trào thi đua năm 2017. Tới dự có ông Tống Quang Thìn, Phó Chủ tịch UBND tỉnh.
Khối gồm 6 đơn vị: Sở Nông nghiệp và PTNT, Sở Tài nguyên và Môi trường, Ngân hàng Chính sách xã hội tỉnh, Liên minh Hợp tác xã tỉnh, Hội Nông dân tỉnh và Công ty TNHH MTV Khai thác công trình thủy lợi.
Tại hội nghị, ông Tống Quang Thìn đã trao Bằng khen của Chủ tịch UBND tỉnh cho 2 tập thể có thành tích xuất sắc. Hội nghị suy tôn Sở Nông nghiệp và PTNT đề nghị Chính phủ tặng Cờ thi đua năm 2017.""",
R("Khối thi đua Nông nghiệp - Nông thôn: Tổng kết phong trào thi đua năm 2017", "2018-01-05", "Nguyễn Thị Thu Trang", "Ninh Bình", [
 E("tong_ket", "2018-01-04", (2017, 12), "Sở Nông nghiệp và Phát triển nông thôn", ("Khối thi đua Nông nghiệp - Nông thôn", None),
   members=["Sở Nông nghiệp và PTNT", "Sở Tài nguyên và Môi trường", "Ngân hàng Chính sách xã hội tỉnh", "Liên minh Hợp tác xã tỉnh", "Hội Nông dân tỉnh", "Công ty TNHH MTV Khai thác công trình thủy lợi"], mc=6,
   awards=[("bang_khen", "tinh", "tap_the", 2, "conferred"), ("co_thi_dua", "chinh_phu", "don_vi", 1, "proposed")],
   people=[("Tống Quang Thìn", "Phó Chủ tịch UBND tỉnh")])]))

case("p19", """Trang chu | Tin tuc | Van ban
Khối thi đua số 2 tổng kết công tác thi đua năm 2021
Ngày 30 tháng 12 năm 2021
Ngày 29/12/2021, tại UBND huyện Krông Nô, Khối thi đua số 2 tỉnh Đắk Nông gồm UBND các huyện: Krông Nô, Cư Jút, Đắk Mil, Đắk Song tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2021.
Năm 2021, UBND huyện Krông Nô làm Khối trưởng, UBND huyện Cư Jút làm Khối phó. Hội nghị đã bỏ phiếu suy tôn UBND huyện Đắk Mil dẫn đầu phong trào thi đua, đề nghị UBND tỉnh tặng Cờ thi đua.
Quang cảnh hội nghị tổng kết Khối thi đua số 2 năm 2021
Phát biểu tại hội nghị, bà Tôn Thị Ngọc Hạnh, Phó Chủ tịch UBND tỉnh ghi nhận những kết quả đạt được. Hội nghị thống nhất UBND huyện Cư Jút làm Khối trưởng năm 2022.
Ý kiến của bạn
Họ tên:  Email:  Nội dung:  [Gửi]""",
R("Khối thi đua số 2 tổng kết công tác thi đua năm 2021", "2021-12-30", None, "Đắk Nông", [
 E("tong_ket", "2021-12-29", (2021, 12), "UBND huyện Krông Nô", ("Khối thi đua số 2", 2),
   roles=[("leader", "UBND huyện Krông Nô", 2021), ("vice_leader", "UBND huyện Cư Jút", 2021), ("leader", "UBND huyện Cư Jút", 2022)],
   members=["UBND huyện Krông Nô", "UBND huyện Cư Jút", "UBND huyện Đắk Mil", "UBND huyện Đắk Song"],
   awards=[("co_thi_dua", "tinh", "don_vi", 1, "proposed")],
   people=[("Tôn Thị Ngọc Hạnh", "Phó Chủ tịch UBND tỉnh")])]))

case("p20", """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH
Nghe  Xem  Đọc
Thời sự 18/01/2020 07:55
Cụm thi đua các thành phố, thị xã tổng kết năm 2019
Ngày 17/1, Cụm thi đua các thành phố, thị xã tỉnh Thanh Hóa tổ chức tổng kết công tác thi đua khen thưởng năm 2019 tại thị xã Nghi Sơn. Cụm gồm thành phố Thanh Hóa, thành phố Sầm Sơn, thị xã Bỉm Sơn và thị xã Nghi Sơn.
Năm 2019 thị xã Bỉm Sơn là Cụm trưởng. Các đơn vị đã hoàn thành và vượt 95% chỉ tiêu kinh tế - xã hội.
Hội nghị đã suy tôn thành phố Sầm Sơn dẫn đầu phong trào thi đua, đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ và thị xã Nghi Sơn đề nghị UBND tỉnh tặng Cờ thi đua. Hội nghị cũng ký kết giao ước thi đua năm 2020.
Thu Hằng - Văn Lợi
Video: Toàn cảnh hội nghị  ▶ 02:35
Bình luận""",
R("Cụm thi đua các thành phố, thị xã tổng kết năm 2019", "2020-01-18", "Thu Hằng - Văn Lợi", "Thanh Hóa", [
 E("tong_ket", "2020-01-17", (2019, 12), "thị xã Nghi Sơn", ("Cụm thi đua các thành phố, thị xã", None),
   roles=[("leader", "thị xã Bỉm Sơn", 2019)],
   members=["thành phố Thanh Hóa", "thành phố Sầm Sơn", "thị xã Bỉm Sơn", "thị xã Nghi Sơn"],
   awards=[("co_thi_dua", "chinh_phu", "don_vi", 1, "proposed"), ("co_thi_dua", "tinh", "don_vi", 1, "proposed")])]))

case("p21", """Chia sẻ  |  Lưu  |  Cỡ chữ  -  +
Đoàn viên, thanh niên
Cụm thi đua số 3 Tỉnh đoàn ký kết giao ước thi đua năm 2023
(QNO) - Sáng nay 7.3, tại TP.Tam Kỳ, Cụm thi đua số 3 thuộc Tỉnh đoàn Quảng Nam gồm Thành đoàn Tam Kỳ, Huyện đoàn Phú Ninh, Núi Thành, Tiên Phước tổ chức ký kết giao ước thi đua năm 2023, đồng thời phát động đợt thi đua "Tháng Thanh niên".
Đại diện các đơn vị ký kết giao ước thi đua năm 2023.
Đại diện các đơn vị ký kết giao ước thi đua năm 2023. Ảnh: V.A
Chị Nguyễn Thị Hoa, Phó Bí thư Tỉnh đoàn dự. Năm 2023, Thành đoàn Tam Kỳ là Cụm trưởng, Huyện đoàn Núi Thành là Cụm phó.
VĂN ANH
Xem thêm: Cụm thi đua số 1 Tỉnh đoàn sơ kết 6 tháng""",
R("Cụm thi đua số 3 Tỉnh đoàn ký kết giao ước thi đua năm 2023", None, "VĂN ANH", "Quảng Nam", [
 E("giao_uoc", "2023-03-07", (2023, 12), "TP.Tam Kỳ", ("Cụm thi đua số 3", 3),
   roles=[("leader", "Thành đoàn Tam Kỳ", 2023), ("vice_leader", "Huyện đoàn Núi Thành", 2023)],
   members=["Thành đoàn Tam Kỳ", "Huyện đoàn Phú Ninh", "Huyện đoàn Núi Thành", "Huyện đoàn Tiên Phước"],
   people=[("Nguyễn Thị Hoa", "Phó Bí thư Tỉnh đoàn")], camps=["Tháng Thanh niên"])]))

case("p22", """Trang chủ » Hoạt động » Tin trong ngành
Khối thi đua Tài chính - Ngân hàng tổng kết 2022, bầu Khối trưởng 2023
Cập nhật ngày 06/01/2023 10:17
Ngày 05/01/2023, tại Ngân hàng Nhà nước chi nhánh tỉnh Bình Định, Khối thi đua Tài chính - Ngân hàng tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022.
Năm 2022, Ngân hàng Nhà nước chi nhánh tỉnh Bình Định là Khối trưởng, Cục Thuế tỉnh là Khối phó. Khối gồm 05 cơ quan, đơn vị thành viên: NHNN chi nhánh tỉnh, Cục Thuế tỉnh, Kho bạc Nhà nước tỉnh, Sở Tài chính và Cục Hải quan tỉnh.
Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/4/2021 của UBND tỉnh về việc thành lập các khối thi đua, hội nghị bầu Kho bạc Nhà nước tỉnh làm Khối trưởng và Sở Tài chính làm Khối phó năm 2023.
Hồng Phúc (NHNN Bình Định)
Tags: khối thi đua, tổng kết, ngân hàng
© Bản quyền thuộc về Ngân hàng Nhà nước Việt Nam""",
R("Khối thi đua Tài chính - Ngân hàng tổng kết 2022, bầu Khối trưởng 2023", "2023-01-06", "Hồng Phúc", "Bình Định", [
 E("tong_ket", "2023-01-05", (2022, 12), "Ngân hàng Nhà nước chi nhánh tỉnh Bình Định", ("Khối thi đua Tài chính - Ngân hàng", None),
   roles=[("leader", "Ngân hàng Nhà nước chi nhánh tỉnh Bình Định", 2022), ("vice_leader", "Cục Thuế tỉnh", 2022),
          ("leader", "Kho bạc Nhà nước tỉnh", 2023), ("vice_leader", "Sở Tài chính", 2023)],
   members=["Ngân hàng Nhà nước chi nhánh tỉnh Bình Định", "Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh", "Sở Tài chính", "Cục Hải quan tỉnh"], mc=5,
   docs=[("quyet_dinh", "1234/QĐ-UBND", "2021-04-15", "UBND tỉnh")])]))

case("p23", """Khối thi đua các cơ quan Đảng tỉnh sơ kết công tác thi đua 6 tháng đầu năm 2024
Ngày 19/7/2024 - 15:30
Chiều 18/7/2024, tại Ban Tổ chức Tỉnh ủy Vĩnh Long, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024. Đồng chí Lê Văn Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy, Trưởng khối chủ trì hội nghị.
Khối có 8 cơ quan gồm Văn phòng Tỉnh ủy, các Ban Xây dựng Đảng của Tỉnh ủy, Đảng ủy Khối cơ quan - doanh nghiệp tỉnh, Báo Vĩnh Long và Trường Chính trị Phạm Hùng.
Ban Tổ chức Tỉnh ủy làm Trưởng khối, Báo Vĩnh Long làm Phó Trưởng khối năm 2024.
Đồng chí Lê Văn Thành phát biểu tại hội nghị.
Đồng chí Lê Văn Thành đề nghị các cơ quan thực hiện tốt Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.
TRÚC LINH
Bài viết liên quan
Đảng ủy Khối cơ quan - doanh nghiệp tỉnh tổng kết năm 2023""",
R("Khối thi đua các cơ quan Đảng tỉnh sơ kết công tác thi đua 6 tháng đầu năm 2024", "2024-07-19", "TRÚC LINH", "Vĩnh Long", [
 E("so_ket", "2024-07-18", (2024, 6), "Ban Tổ chức Tỉnh ủy Vĩnh Long", ("Khối thi đua các cơ quan Đảng", None),
   roles=[("leader", "Ban Tổ chức Tỉnh ủy", 2024), ("vice_leader", "Báo Vĩnh Long", 2024)],
   members=["Văn phòng Tỉnh ủy", "Đảng ủy Khối cơ quan - doanh nghiệp tỉnh", "Báo Vĩnh Long", "Trường Chính trị Phạm Hùng", "Ban Tổ chức Tỉnh ủy"], mc=8,
   docs=[("chi_thi", "34-CT/TW", "2014-04-07", "Bộ Chính trị")],
   people=[("Lê Văn Thành", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy")])]))

case("p24", """Home / Tin hoạt động /
KHỐI THI ĐUA CÁC TRƯỜNG ĐẠI HỌC, CAO ĐẲNG TỔNG KẾT NĂM 2023
Posted on 12 Tháng Mười Hai, 2023 by admin
Ngày 10 tháng 12 năm 2023, tại Trường Đại học Cần Thơ, Khối thi đua các trường đại học, cao đẳng thành phố Cần Thơ tổ chức hội nghị tổng kết phong trào thi đua năm 2023. Trường Đại học Cần Thơ là Trưởng khối; Trường Đại học Y Dược Cần Thơ là Phó khối.
Khối gồm 12 trường đại học, cao đẳng trên địa bàn.
Hội nghị đã bình xét, đề nghị UBND thành phố tặng Cờ thi đua cho Trường Đại học Y Dược Cần Thơ và Bằng khen cho 04 tập thể.
PGS.TS Trần Ngọc Hải, Phó Hiệu trưởng Trường Đại học Cần Thơ phát biểu bế mạc. Hội nghị đã bầu Trường Đại học Y Dược Cần Thơ làm Trưởng khối năm 2024.
Phòng Tổ chức - Cán bộ
Leave a comment""",
R("KHỐI THI ĐUA CÁC TRƯỜNG ĐẠI HỌC, CAO ĐẲNG TỔNG KẾT NĂM 2023", "2023-12-12", None, "Cần Thơ", [
 E("tong_ket", "2023-12-10", (2023, 12), "Trường Đại học Cần Thơ", ("Khối thi đua các trường đại học, cao đẳng", None),
   roles=[("leader", "Trường Đại học Cần Thơ", 2023), ("vice_leader", "Trường Đại học Y Dược Cần Thơ", 2023), ("leader", "Trường Đại học Y Dược Cần Thơ", 2024)],
   members=["Trường Đại học Cần Thơ", "Trường Đại học Y Dược Cần Thơ"], mc=12,
   awards=[("co_thi_dua", "tinh", "don_vi", 1, "proposed"), ("bang_khen", "tinh", "tap_the", 4, "proposed")],
   people=[("Trần Ngọc Hải", "Phó Hiệu trưởng Trường Đại học Cần Thơ")])]))

case("p25", """Xem nhiều | Mới nhất
Thứ Hai, 27/12/2021, 08:00 (GMT+7) | Chính trị
Khối thi đua MTTQ và các đoàn thể tỉnh tổng kết, trao Cờ thi đua
Ngày 24-12, Khối thi đua MTTQ và các đoàn thể chính trị - xã hội tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác thi đua năm 2021. Khối có 6 thành viên: Ủy ban MTTQ Việt Nam tỉnh, Liên đoàn Lao động tỉnh, Hội LHPN tỉnh, Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh và Tỉnh đoàn.
Ủy ban MTTQ Việt Nam tỉnh là Khối trưởng năm 2021. Dịp này, Khối đã trao Giấy khen của Khối cho 6 tập thể và 12 cá nhân.
Ông Lâm Văn Mẫn, Chủ tịch UBND tỉnh trao Cờ thi đua của UBND tỉnh cho Hội Nông dân tỉnh.
Hội nghị đã bầu Liên đoàn Lao động tỉnh làm Khối trưởng, Hội Cựu chiến binh tỉnh làm Khối phó năm 2022.
TUYẾT MAI
Đọc thêm
Đảng bộ Khối cơ quan và doanh nghiệp tỉnh học tập Nghị quyết""",
R("Khối thi đua MTTQ và các đoàn thể tỉnh tổng kết, trao Cờ thi đua", "2021-12-27", "TUYẾT MAI", "Sóc Trăng", [
 E("tong_ket", "2021-12-24", (2021, 12), None, ("Khối thi đua MTTQ và các đoàn thể chính trị - xã hội", None),
   roles=[("leader", "Ủy ban MTTQ Việt Nam tỉnh", 2021), ("leader", "Liên đoàn Lao động tỉnh", 2022), ("vice_leader", "Hội Cựu chiến binh tỉnh", 2022)],
   members=["Ủy ban MTTQ Việt Nam tỉnh", "Liên đoàn Lao động tỉnh", "Hội LHPN tỉnh", "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh", "Tỉnh đoàn"], mc=6,
   awards=[("giay_khen", "khoi", "tap_the", 6, "conferred"), ("giay_khen", "khoi", "ca_nhan", 12, "conferred"), ("co_thi_dua", "tinh", "don_vi", 1, "conferred")],
   people=[("Lâm Văn Mẫn", "Chủ tịch UBND tỉnh")])]))

case("p26", """Điện thoại: 0210.3846.xxx | Email: snv@phutho.gov.vn
GIỚI THIỆU  TIN TỨC  VĂN BẢN  HỎI ĐÁP
Khối thi đua các cơ quan Tổng hợp tổng kết công tác thi đua, khen thưởng năm 2016
Phú Thọ, ngày 10/01/2017
Ngày 9/1/2017, tại Văn phòng UBND tỉnh, Khối thi đua các cơ quan Tổng hợp tỉnh Phú Thọ đã tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2016, ký giao ước thi đua năm 2017. Văn phòng UBND tỉnh là Khối trưởng, Sở Nội vụ là Khối phó năm 2016.
Thực hiện Công văn số 1120/SNV-TĐKT ngày 05/12/2016 của Sở Nội vụ, hội nghị đã bình xét đề nghị UBND tỉnh tặng Cờ thi đua cho 01 đơn vị, Bằng khen cho 03 đơn vị.
Văn phòng UBND tỉnh và Sở Nội vụ bàn giao nhiệm vụ cho Sở Kế hoạch và Đầu tư (Khối trưởng) và Sở Tư pháp (Khối phó) năm 2017.
Ban Thi đua - Khen thưởng
Lượt truy cập: 99.812 | Đang online: 15
Bản quyền thuộc Sở Nội vụ tỉnh Phú Thọ""",
R("Khối thi đua các cơ quan Tổng hợp tổng kết công tác thi đua, khen thưởng năm 2016", "2017-01-10", None, "Phú Thọ", [
 E("tong_ket", "2017-01-09", (2016, 12), "Văn phòng UBND tỉnh", ("Khối thi đua các cơ quan Tổng hợp", None),
   roles=[("leader", "Văn phòng UBND tỉnh", 2016), ("vice_leader", "Sở Nội vụ", 2016), ("leader", "Sở Kế hoạch và Đầu tư", 2017), ("vice_leader", "Sở Tư pháp", 2017)],
   members=["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Kế hoạch và Đầu tư", "Sở Tư pháp"],
   awards=[("co_thi_dua", "tinh", "don_vi", 1, "proposed"), ("bang_khen", "tinh", "don_vi", 3, "proposed")],
   docs=[("cong_van", "1120/SNV-TĐKT", "2016-12-05", "Sở Nội vụ")])]))

case("p27", """Báo Nhân Dân điện tử
Thứ Năm, 24-03-2022
Khối thi đua các cơ quan Trung ương ký giao ước thi đua năm 2022
NDO - Ngày 23/3, tại Hà Nội, Khối thi đua các Ban Đảng Trung ương tổ chức hội nghị ký kết giao ước thi đua năm 2022. Đồng chí Lê Minh Hưng, Chánh Văn phòng Trung ương Đảng, đại diện đơn vị Trưởng khối chủ trì hội nghị.
Khối gồm các cơ quan: Văn phòng Trung ương Đảng, Ban Tổ chức Trung ương, Ban Tuyên giáo Trung ương, Ban Kinh tế Trung ương, Ban Nội chính Trung ương, Ban Dân vận Trung ương và Ủy ban Kiểm tra Trung ương.
Năm 2022, Văn phòng Trung ương Đảng là Trưởng khối, Ban Dân vận Trung ương là Phó khối.
Các đại biểu ký kết giao ước thi đua năm 2022.
TRẦN HẢI
Bài liên quan
• Khối thi đua các tỉnh Tây Nguyên tổng kết năm 2021""",
R("Khối thi đua các cơ quan Trung ương ký giao ước thi đua năm 2022", None, "TRẦN HẢI", None, [
 E("giao_uoc", "2022-03-23", (2022, 12), "Hà Nội", ("Khối thi đua các Ban Đảng Trung ương", None),
   roles=[("leader", "Văn phòng Trung ương Đảng", 2022), ("vice_leader", "Ban Dân vận Trung ương", 2022)],
   members=["Văn phòng Trung ương Đảng", "Ban Tổ chức Trung ương", "Ban Tuyên giáo Trung ương", "Ban Kinh tế Trung ương", "Ban Nội chính Trung ương", "Ban Dân vận Trung ương", "Ủy ban Kiểm tra Trung ương"],
   people=[("Lê Minh Hưng", "Chánh Văn phòng Trung ương Đảng")])]))

case("p28", """Tin tức - Sự kiện
Sơ kết 6 tháng Khối thi đua số V
Thứ 4, 12/07/2023 | 16:20
Sáng 11/7, tại Trung tâm Hội nghị tỉnh Yên Bái, Khối thi đua số V (các cơ quan khối Văn hóa - Xã hội) tổ chức sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023. Khối có 9 đơn vị thành viên, Sở Văn hóa, Thể thao và Du lịch là đơn vị Trưởng khối năm 2023.
Hội nghị đã triển khai Kế hoạch số 45/KH-UBND ngày 02/03/2023 của UBND tỉnh Yên Bái về phát động phong trào thi đua "Yên Bái chung tay vì người nghèo".
Phát biểu tại hội nghị, đồng chí Vũ Thị Hiền Hạnh, Phó Chủ tịch UBND tỉnh đề nghị các đơn vị tiếp tục nỗ lực thi đua.
Minh Huyền - Thanh Tâm (Trung tâm Truyền thông tỉnh)
Chia sẻ bài viết  Facebook  |  In bài  |  Về đầu trang""",
R("Sơ kết 6 tháng Khối thi đua số V", "2023-07-12", "Minh Huyền - Thanh Tâm", "Yên Bái", [
 E("so_ket", "2023-07-11", (2023, 6), "Trung tâm Hội nghị tỉnh Yên Bái", ("Khối thi đua số V", 5),
   roles=[("leader", "Sở Văn hóa, Thể thao và Du lịch", 2023)], members=["Sở Văn hóa, Thể thao và Du lịch"], mc=9,
   docs=[("ke_hoach", "45/KH-UBND", "2023-03-02", "UBND tỉnh Yên Bái")],
   people=[("Vũ Thị Hiền Hạnh", "Phó Chủ tịch UBND tỉnh")], camps=["Yên Bái chung tay vì người nghèo"])]))

case("p29", """Trang chủ  ›  Chuyên mục  ›  Thi đua khen thưởng
Khối thi đua các huyện, thị xã, thành phố tổ chức Hội thao năm 2022
Ngày đăng: 03/10/2022 | Tác giả: Phạm Bằng | Lượt xem: 412
Trong hai ngày 30/9 và 1/10/2022, tại Nhà thi đấu huyện Gia Viễn, Khối thi đua các huyện, thị xã, thành phố tỉnh Ninh Bình tổ chức Hội thao năm 2022 với sự tham gia của hơn 300 vận động viên đến từ 8 huyện, thành phố.
Hội thao gồm các môn: bóng chuyền, cầu lông, kéo co. UBND huyện Gia Viễn là đơn vị Khối trưởng năm 2022, chủ trì tổ chức.
Kết thúc hội thao, Ban tổ chức trao giải Nhất toàn đoàn cho huyện Yên Khánh.
Vận động viên thi đấu môn kéo co tại Hội thao
Tin cùng chuyên mục""",
R("Khối thi đua các huyện, thị xã, thành phố tổ chức Hội thao năm 2022", "2022-10-03", "Phạm Bằng", "Ninh Bình", [
 E("other", "2022-09-30", (2022, None), "Nhà thi đấu huyện Gia Viễn", ("Khối thi đua các huyện, thị xã, thành phố", None),
   roles=[("leader", "UBND huyện Gia Viễn", 2022)], members=["UBND huyện Gia Viễn", "huyện Yên Khánh"], mc=8)]))

case("p30", """Kh\u1ed1i thi \u0111ua s\u1ed1\u00a01 t\u1ed5ng k\u1ebft n\u0103m 2015
Đăng lúc: 31/12/2015 - 10:10 AM
Ngày 30/12/2015, tại Sở Giao thông Vận tải tỉnh Bắc Ninh, Khối thi đua số 1 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2015. Sở GTVT là Khối trưởng, Sở Xây dựng là Khối phó.
Thay mặt Khối, ông Nguyễn Hữu Thành, Giám đốc Sở GTVT báo cáo tóm tắt kết quả. Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Xây dựng và tặng Bằng khen cho Sở GTVT. Theo Quy định số 05/QĐ-KTĐ1 ngày 10/3/2015 của Khối, Sở Xây dựng làm Khối trưởng năm 2016.
Hội nghị tổng kết Khối thi đua số 1 năm 2015
Thu Trang - Sở GTVT Bắc Ninh
Trang: 1 2 3 »""",
R("Khối thi đua số 1 tổng kết năm 2015", "2015-12-31", "Thu Trang", "Bắc Ninh", [
 E("tong_ket", "2015-12-30", (2015, 12), "Sở Giao thông Vận tải tỉnh Bắc Ninh", ("Khối thi đua số 1", 1),
   roles=[("leader", "Sở Giao thông Vận tải tỉnh Bắc Ninh", 2015), ("vice_leader", "Sở Xây dựng", 2015), ("leader", "Sở Xây dựng", 2016)],
   members=["Sở Giao thông Vận tải tỉnh Bắc Ninh", "Sở Xây dựng"],
   awards=[("co_thi_dua", "tinh", "don_vi", 1, "proposed"), ("bang_khen", "tinh", "don_vi", 1, "proposed")],
   docs=[("other", "05/QĐ-KTĐ1", "2015-03-10", "Khối")],
   people=[("Nguyễn Hữu Thành", "Giám đốc Sở GTVT")])]))


BODY = [
    "Theo báo cáo, các đơn vị đã bám sát chương trình công tác, chủ động xây dựng kế hoạch và tổ chức nhiều phong trào thi đua thiết thực, gắn với nhiệm vụ chính trị của từng cơ quan. Công tác phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến được quan tâm, tạo sức lan tỏa trong cán bộ, công chức, viên chức và người lao động.",
    "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: nội dung thi đua ở một số nơi còn chung chung, chưa gắn chặt với nhiệm vụ chuyên môn; việc trao đổi kinh nghiệm giữa các đơn vị chưa thường xuyên. Các đại biểu đã tập trung thảo luận, đề xuất nhiều giải pháp nhằm nâng cao chất lượng hoạt động trong thời gian tới.",
]
NEG_BODY = {
    "p04": "Theo thống kê của Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh, đợt mưa lũ vừa qua đã làm hơn 3.000 ngôi nhà bị ngập, nhiều tuyến đường giao thông nông thôn bị sạt lở, hàng trăm héc-ta lúa và hoa màu bị hư hại. Chính quyền các địa phương đã huy động lực lượng giúp dân dọn dẹp nhà cửa, vệ sinh môi trường.",
    "p05": "Phát biểu khai mạc, đồng chí Chủ tịch UBND tỉnh nhấn mạnh phong trào thi đua yêu nước đã trở thành động lực quan trọng thúc đẩy phát triển kinh tế - xã hội. Đại hội đã biểu dương những tấm gương điển hình trong các lĩnh vực sản xuất, kinh doanh, học tập, công tác và bảo vệ Tổ quốc.",
    "p06": "Hội nghị đã thảo luận, đánh giá kết quả lãnh đạo thực hiện nhiệm vụ chính trị, công tác xây dựng Đảng 6 tháng đầu năm; chỉ ra những hạn chế trong công tác phát triển đảng viên, sinh hoạt chi bộ ở một số tổ chức cơ sở đảng và thống nhất các giải pháp khắc phục trong thời gian tới.",
    "p07": "Năm 2021, dù chịu ảnh hưởng nặng nề của dịch bệnh, chi nhánh vẫn đạt tổng nguồn vốn huy động hơn 9.000 tỷ đồng, dư nợ tín dụng tăng 12%, nợ xấu được kiểm soát dưới 1%. Chi nhánh đã triển khai nhiều gói tín dụng ưu đãi, giảm lãi suất hỗ trợ khách hàng phục hồi sản xuất kinh doanh.",
    "p08": "Theo Ban Quản lý dự án đầu tư xây dựng huyện, hiện còn một số vướng mắc trong công tác giải phóng mặt bằng, nguồn vật liệu đắp nền khan hiếm, giá cả tăng cao. Chủ tịch UBND huyện yêu cầu các nhà thầu bố trí đủ nhân lực, máy móc, tổ chức thi công ba ca, bốn kíp để bù lại thời gian chậm trễ.",
}
FOOT = [
    "Tin cùng chuyên mục\n- Khối thi đua các cơ quan Đảng ký kết giao ước thi đua năm 2020 (12/03/2020)\n- Cụm thi đua số 4 tổng kết phong trào thi đua (28/12/2019)\nLiên hệ | Sơ đồ trang | Điều khoản sử dụng",
    "Địa chỉ: Số 10, đường Trần Phú. Điện thoại: 0236.3822.xxx. Fax: 0236.3822.xxx\nChịu trách nhiệm nội dung: Chánh Văn phòng\n© Bản quyền thuộc Ủy ban nhân dân tỉnh.",
]

def _pad(c, i):
    t = c["text"]
    if len(t) >= 800:
        return
    lines = t.split("\n")
    lead = next((k for k, l in enumerate(lines) if len(l) > 180), 1)
    para = NEG_BODY.get(c["id"]) or BODY[i % 2]
    lines.insert(lead + 1, para)
    t = "\n".join(lines)
    if len(t) < 800:
        t += "\n" + FOOT[i % 2]
    c["text"] = t

for _i, _c in enumerate(CASES):
    _pad(_c, _i)
