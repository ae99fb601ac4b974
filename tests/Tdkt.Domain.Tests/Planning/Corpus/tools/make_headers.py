# Generates tests/Tdkt.Domain.Tests/Planning/Corpus/Headers/NNN.txt + NNN.json from real public documents' headers
# (facts of each header re-laid in the source's own layout: table cells, broken lines, flattened OCR lines).
import json, os, sys
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
items = []
def add(url, text, **exp):
    e = dict(source=url, issuer=exp.get('issuer',''), parentIssuer=exp.get('parent',''), number=exp.get('number',''),
             place=exp.get('place',''), date=exp.get('date',''), kind=exp.get('kind',''), title=exp.get('title',''),
             legalBases=exp.get('bases',[]))
    items.append((text.strip('\n'), e))

add("https://phapluatcongdong.vn/van-ban/quyet-dinh-31-2020-qd-ubnd-ban-hanh-tinh-phu-yen-nam-2020-p43558.htm", """
ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 31/2020/QĐ-UBND

Phú Yên, ngày 26 tháng 10 năm 2020

QUYẾT ĐỊNH

SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 13/2018/QĐ-UBND NGÀY 27 THÁNG 4 NĂM 2018 CỦA ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN

ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN

Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Luật thi đua, khen thưởng ngày 26 tháng 11 năm 2003;

Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật thi đua, khen thưởng;

Căn cứ Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ trưởng Bộ Nội vụ;
""", issuer="ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN", number="31/2020/QĐ-UBND", place="Phú Yên", date="2020-10-26", kind="QUYẾT ĐỊNH",
 title="SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 13/2018/QĐ-UBND NGÀY 27 THÁNG 4 NĂM 2018 CỦA ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN",
 bases=["91/2017/NĐ-CP","12/2019/TT-BNV"])

add("https://phapluatcongdong.vn/van-ban/van-ban-khac-155-kh-ubnd-ban-hanh-tinh-bac-ninh-nam-2017-p121216.htm", """
ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 155/KH-UBND

Bắc Ninh, ngày 26 tháng 5 năm 2017

KẾ HOẠCH

TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VỀ ĐĂNG KÝ VÀ THỐNG KÊ HỘ TỊCH GIAI ĐOẠN 2017 - 2024 TRÊN ĐỊA BÀN TỈNH BẮC NINH

Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ và Quyết định số 101/QĐ-TTG ngày 23/01/2017 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai đăng ký và thống kê hộ tịch giai đoạn 2017 - 2024 trên địa bàn tỉnh Bắc Ninh như sau:

I. MỤC TIÊU
""", issuer="ỦY BAN NHÂN DÂN TỈNH BẮC NINH", number="155/KH-UBND", place="Bắc Ninh", date="2017-05-26", kind="KẾ HOẠCH",
 title="TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VỀ ĐĂNG KÝ VÀ THỐNG KÊ HỘ TỊCH GIAI ĐOẠN 2017 - 2024 TRÊN ĐỊA BÀN TỈNH BẮC NINH",
 bases=["123/2015/NĐ-CP","101/QĐ-TTG"])

add("https://dulieuphapluat.vn/van-ban/the-thao-y-te-van-ban/ke-hoach-54kh-ubnd-nam-2020-1153913.html", r"""
\r\n ỦY BAN NHÂN DÂN | \r\n \r\n CỘNG\r\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \r\n
\r\n Số: 54/KH-UBND \r\n | \r\n \r\n Lạng Sơn, ngày 27 tháng 3 năm 2020 \r\n | \r\n
Thực hiện Quyết định số 1896/QĐ-TTg\r\nngày 25/12/2019 của Thủ tướng Chính phủ ban hành Chương trình “Chăm sóc dinh dưỡng\r\n1.000 ngày đầu đời”, UBND tỉnh xây dựng Kế hoạch hành động thực hiện Chương\r\ntrình “Chăm sóc dinh dưỡng 1.000 ngày đầu đời” đến năm 2025, tầm nhìn đến năm\r\n2030 như sau:
\r\n1. Mục tiêu chung
""", issuer="ỦY BAN NHÂN DÂN", number="54/KH-UBND", place="Lạng Sơn", date="2020-03-27", kind="KẾ HOẠCH",
 title="Hành động thực hiện Chương trình “Chăm sóc dinh dưỡng 1.000 ngày đầu đời” đến năm 2025, tầm nhìn đến năm 2030",
 bases=["1896/QĐ-TTg"])

add("https://dulieuphapluat.vn/van-ban/hanh-chinh-van-ban/quyet-dinh-412019qd-ubnd-quy-dinh-ve-che-do-bao-cao-dinh-ky-tinh-quang-tri-47183.html", """
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2019 |
BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo của cơ quan hành chính nhà nước;
QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN", number="41/2019/QĐ-UBND", place="Quảng Trị", date="2019-10-22",
 title="BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ", bases=["09/2019/NĐ-CP"])

add("https://vanbanphapluat.co/cong-van-13-btc-tdkt-bo-sung-huong-dan-cong-tac-khen-thuong-tai-dai-hoi-cap-tinh-cap-huyen", """
BAN TỔ CHỨC
ĐẠI HỘI ĐẠI BIỂU
CÁC DÂN TỘC THIỂU SỐ VIỆT NAM
TIỂU BAN THI ĐUA – KHEN THƯỞNG
-------------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
-------------------

Số: 13/BTC-TĐKT
V/v bổ sung hướng dẫn công tác khen thưởng tại Đại hội cấp tỉnh, cấp huyện

Hà Nội, ngày 08 tháng 09 năm 2009

Kính gửi: Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số Việt Nam các tỉnh, thành phố trực thuộc Trung ương

Căn cứ nội dung hướng dẫn tổ chức Đại hội đại biểu các dân tộc thiểu số cấp tỉnh, cấp huyện (Hướng dẫn số 04/HD-BCĐ ngày 11/8/2009 của Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số Việt Nam), Tiểu ban Thi đua – Khen thưởng Đại hội hướng dẫn một số nội dung cụ thể sau:
""", issuer="TIỂU BAN THI ĐUA – KHEN THƯỞNG", parent="BAN TỔ CHỨC ĐẠI HỘI ĐẠI BIỂU CÁC DÂN TỘC THIỂU SỐ VIỆT NAM", number="13/BTC-TĐKT",
 place="Hà Nội", date="2009-09-08", kind="CÔNG VĂN", title="bổ sung hướng dẫn công tác khen thưởng tại Đại hội cấp tỉnh, cấp huyện", bases=["04/HD-BCĐ"])

add("https://tailieu.vn/doc/quyet-dinh-so-23-2007-qd-bldtbxh-115359.html", """
1. BỘ LAO ĐỘNG – THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BINH VÀ XÃ HỘI Độc lập – Tự do – Hạnh phúc ******* ******* Số: 23/2007/QĐ-BLĐTBXH Hà Nội, ngày 05 tháng 10 năm 2007 QUYẾT ĐỊNH BAN HÀNH HỆ THỐNG CHỈ TIÊU THEO DÕI, GIÁM SÁT CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO GIAI ĐOẠN 2006-2010 CỦA CẤP TỈNH BỘ TRƯỞNG BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI Căn cứ Nghị định số 29/2003/NĐ-CP ngày 31 tháng 3 năm 2003 của Chính phủ; Căn cứ Quyết định số 42/2002/QĐ-TTg ngày 19 tháng 3 năm 2002 của Thủ tướng Chính phủ; Căn cứ Quyết định số 20/2007/QĐ-TTg ngày 05 tháng 02 năm 2007 của Thủ tướng Chính phủ; Xét đề nghị của Vụ trưởng Vụ Bảo trợ xã hội, QUYẾT ĐỊNH
""", issuer="BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", number="23/2007/QĐ-BLĐTBXH", place="Hà Nội", date="2007-10-05", kind="QUYẾT ĐỊNH",
 title="BAN HÀNH HỆ THỐNG CHỈ TIÊU THEO DÕI, GIÁM SÁT CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO GIAI ĐOẠN 2006-2010 CỦA CẤP TỈNH",
 bases=["29/2003/NĐ-CP","42/2002/QĐ-TTg","20/2007/QĐ-TTg"])

add("https://thieunhivietnam.vn/ke-hoach-to-chuc-cac-hoat-dong-he-danh-cho-thieu-nhi-nam-2024.html", """
BAN CHẤP HÀNH TRUNG ƯƠNG                                                                           ĐOÀN TNCS HỒ CHÍ MINH

***

   Số: 225 - KH/TWĐTN-CTTN                                                                                      Hà Nội, ngày 16 tháng 5 năm 2024

KẾ HOẠCH
Tổ chức các
hoạt động hè dành cho thiếu nhi năm 2024

Thực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024; căn cứ Kế hoạch số 183-KH/TWĐTN-TNNT ngày 28/2/2024 của Ban Bí thư Trung ương Đoàn về việc tổ chức chiến dịch thanh niên tình nguyện Hè năm 2024, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch tổ chức các hoạt động Hè dành cho thiếu nhi năm 2024, cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU
""", issuer="BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", number="225-KH/TWĐTN-CTTN", place="Hà Nội", date="2024-05-16", kind="KẾ HOẠCH",
 title="Tổ chức các hoạt động hè dành cho thiếu nhi năm 2024", bases=["183-KH/TWĐTN-TNNT"])

add("https://clbbtlt.blogspot.com/2011_09_25_archive.html", """
KẾ HOẠCH
Tổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu
Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XIV,
nhiệm kỳ 2012 - 2017
Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh và Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh về việc Tổ chức đại hội đoàn các cấp; Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch tổ chức đại hội đoàn các cấp, cụ thể như sau:
I. YÊU CẦU
""", kind="KẾ HOẠCH", title="Tổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XIV, nhiệm kỳ 2012 - 2017",
 bases=["298 KH/TWĐTN"])

add("http://c0288taytratb.quangngai.edu.vn/19025.html", """
PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM HỌC 2021-2022

       LĐLĐ HUYỆN TRÀ BỒNG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM CĐCS TRƯỜNG MN 28/8 TÂY TRÀ       Độc lập – Tự do – Hạnh phúc  
Trà Phong, ngày 23 tháng 9 năm 2021
 
PHÁT ĐỘNG PHONG TRÀO THI ĐUA
Năm học: 2021 – 2022
   Tên đơn vị: Trường Mầm non 28/8 Tây Trà    
Phong trào thi đua yêu nước và các cuộc vận động phát triển sâu rộng trong toàn ngành với tinh thần mới, khí thế mới, thực sự phát huy nội lực của ngành và huy động các nguồn lực của xã hội. Trường Mầm non 28/8 Tây Trà và Công đoàn nhà trường phát động phong trào thi đua năm học 2021 – 2022, qua 4 đợt như sau: Đợt 1: Từ tháng 9/2021 đến tháng 11/2021
""", issuer="CĐCS TRƯỜNG MN 28/8 TÂY TRÀ", parent="LĐLĐ HUYỆN TRÀ BỒNG", place="Trà Phong", date="2021-09-23", kind="PHÁT ĐỘNG PHONG TRÀO THI ĐUA",
 title="Năm học: 2021 – 2022")

add("https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Huong-dan-20-HD-SNV-Da-Nang-2013-298018.aspx", """
UBND THÀNH PHỐ ĐÀ NẴNG
SỞ NỘI VỤ
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 20/HD-SNV

Đà Nẵng, ngày 28 tháng 11 năm 2013

HƯỚNG DẪN

VỀ ĐỐI TƯỢNG, HÌNH THỨC, TIÊU CHUẨN, QUY TRÌNH, HỒ SƠ XÉT VÀ ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO “TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA”

Căn cứ Hướng dẫn số 915/HD-BTĐKT ngày 05/6/2013 của Ban Thi đua - Khen thưởng Trung ương; thực hiện Quyết định số 95/QĐ-BCĐ ngày 27/9/2013 của Ban Chỉ đạo Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa thành phố; sau khi thống nhất với Thường trực Ban Chỉ đạo thành phố, Sở Nội vụ hướng dẫn xét và đề nghị khen thưởng như sau:

I. ĐỐI TƯỢNG KHEN THƯỞNG
""", issuer="SỞ NỘI VỤ", parent="UBND THÀNH PHỐ ĐÀ NẴNG", number="20/HD-SNV", place="Đà Nẵng", date="2013-11-28", kind="HƯỚNG DẪN",
 title="VỀ ĐỐI TƯỢNG, HÌNH THỨC, TIÊU CHUẨN, QUY TRÌNH, HỒ SƠ XÉT VÀ ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO “TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA”",
 bases=["915/HD-BTĐKT","95/QĐ-BCĐ"])

add("https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Huong-dan-28-HD-TDKT-to-chuc-cong-tac-thi-dua-khen-thuong-127391.aspx", """
ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
----------------

Số: 28/HD-TĐKT

Yên Bái, ngày 09 tháng 01 năm 2007

HƯỚNG DẪN

TỔ CHỨC THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH YÊN BÁI

Căn cứ Luật Thi đua, Khen thưởng và Nghị định 121/2005/NĐ-CP ngày 30/9/2005 của Chính phủ về việc quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, Khen thưởng;

Căn cứ hướng dẫn số 56/HD-BTĐKTTW ngày 12/01/2006 của Ban Thi đua Khen thưởng Trung ương. Uỷ ban nhân dân tỉnh Yên Bái hướng dẫn tổ chức thực hiện phát động thi đua và tổng kết khen thưởng như sau,

I- HÌNH THỨC, NỘI DUNG THI ĐUA:
""", issuer="ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", number="28/HD-TĐKT", place="Yên Bái", date="2007-01-09", kind="HƯỚNG DẪN",
 title="TỔ CHỨC THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH YÊN BÁI", bases=["121/2005/NĐ-CP","56/HD-BTĐKTTW"])

add("https://truyenhinhcapsongthu.net/top/quyet-dinh-172-2015-qd-ubnd-bac-giang/7z3YOIgueI0LG4wa", """
UBND TỈNH BẮC GIANG Số: 172/2015/QĐ-UBND
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bắc Giang, ngày 5 tháng 5 năm 2015

QUYẾT ĐỊNH

Ban hành Quy định công tác thi đua, khen thưởng

trên địa bàn tỉnh Bắc Giang

------------------

ỦY BAN NHÂN DÂN TỈNH BẮC GIANG

Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;

Căn cứ Luật Thi đua, Khen thưởng hợp nhất tại văn bản số 16/VBHN-VPQH ngày 13/12/2013 của Văn phòng Quốc hội;

Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15/4/2010 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng;
""", issuer="UBND TỈNH BẮC GIANG", number="172/2015/QĐ-UBND", place="Bắc Giang", date="2015-05-05", kind="QUYẾT ĐỊNH",
 title="Ban hành Quy định công tác thi đua, khen thưởng trên địa bàn tỉnh Bắc Giang", bases=["16/VBHN-VPQH","42/2010/NĐ-CP"])

add("https://123docz.net/document/12272673-ubnd-tinh-son-la.htm", """
UBND TỈNH SƠN LA SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 424/SGDĐT-TĐKT Sơn La, ngày 05 tháng năm 2018 Độc lập - Tự - Hạnh phúc V/v hướng dẫn tổng kết công tác thi đua khen thưởng năm học 2017-2018 Kính gửi: - Phịng giáo dục đào tạo huyện, thành phố; - Các đơn vị trực thuộc Sở; Căn Quyết định số 36/2017/QĐ-UBND ngày 04/11/2017 Ủy ban nhân dân tỉnh Sơn La việc ban hành Quy chế Thi đua, Khen thưởng; Căn Công văn số 1459/SNV-TĐKT ngày 14/11/2017 Ban Thi đua Khen thưởng tỉnh Sơn La
""", issuer="SỞ GIÁO DỤC VÀ ĐÀO TẠO", parent="UBND TỈNH SƠN LA", number="424/SGDĐT-TĐKT", place="Sơn La", date="2018--05", kind="CÔNG VĂN",
 title="hướng dẫn tổng kết công tác thi đua khen thưởng năm học 2017-2018")

add("https://thuvienphapluat.vn/van-ban/Giao-duc/Ke-hoach-36-KH-UBND-2022-Chuong-trinh-Suc-khoe-hoc-duong-Ca-Mau-2022-2025-510529.aspx", """
ỦY
BAN NHÂN DÂN
TỈNH CÀ MAU
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
36/KH-UBND
|
Cà
Mau, ngày 21 tháng 02 năm 2022
|
KẾ HOẠCH
THỰC HIỆN CHƯƠNG TRÌNH SỨC KHỎE HỌC ĐƯỜNG GIAI ĐOẠN 2022 - 2025 TRÊN ĐỊA
BÀN TỈNH CÀ MAU
Thực hiện Quyết định số 1660/QĐ-TTg
ngày 02/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình Sức khỏe học đường
giai đoạn 2021 - 2025, Ủy ban nhân dân tỉnh Cà Mau ban hành Kế hoạch thực hiện
Chương trình Sức khỏe học đường giai đoạn 2022 - 2025 trên địa bàn tỉnh Cà Mau,
với những nội dung sau:
I. MỤC ĐÍCH, YÊU CẦU
""", issuer="ỦY BAN NHÂN DÂN TỈNH CÀ MAU", number="36/KH-UBND", place="Cà Mau", date="2022-02-21", kind="KẾ HOẠCH",
 title="THỰC HIỆN CHƯƠNG TRÌNH SỨC KHỎE HỌC ĐƯỜNG GIAI ĐOẠN 2022 - 2025 TRÊN ĐỊA BÀN TỈNH CÀ MAU", bases=["1660/QĐ-TTg"])

add("https://vanban123.vn/Ke-hoach/Ke-hoach-335-KH-UBND-nam-2023-611957", """
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 335/KH-UBND |
Phú Thọ, ngày 10 tháng 02 năm 2023 |
1. Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học, ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT , ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo;
2. Quy chế tuyển sinh THCS và tuyển sinh THPT ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT , ngày 18/4/2014 của Bộ trưởng Bộ GD&ĐT;
5. Căn cứ Quyết định số 932/QĐ-UBND ngày 22/4/2016 của UBND tỉnh Phú Thọ về việc quy định cụ thể hóa Điều 18 và Điều 20 của Thông tư 01/2016/TT-BGD ĐT;
""", issuer="ỦY BAN NHÂN DÂN", number="335/KH-UBND", place="Phú Thọ", date="2023-02-10", bases=["932/QĐ-UBND"])

add("https://thuvienphapluat.vn/bulletin/document.aspx?bid=a94a5d21-7dda-43d9-99c2-c4abaf92525a", """
ỦY
BAN NHÂN DÂN
TỈNH THÁI NGUYÊN
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
29/KH-UBND
|
Thái
Nguyên, ngày 22 tháng 3 năm 2018
|
KẾ HOẠCH
TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “DẠY VÀ HỌC NGOẠI NGỮ TRONG HỆ THỐNG GIÁO DỤC
QUỐC DÂN GIAI ĐOẠN 2018 - 2025” TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN
Căn cứ các Quyết định của Thủ tướng
Chính phủ: số 1400/QĐ-TTg ngày 30/9/2008 về việc phê duyệt Đề án; Quyết định số
2080/QĐ-TTg ngày 22/12/2017 phê duyệt điều chỉnh, bổ sung Đề án;
Căn cứ Quyết định số 149/QĐ-UBND ngày
08/02/2012 của UBND tỉnh;
Căn cứ Kế hoạch số 77/KH-UBND ngày
08/5/2017 của UBND tỉnh Thái Nguyên;
UBND tỉnh ban hành kế hoạch triển
khai thực hiện Đề án, cụ thể như sau:
I. MỤC TIÊU
""", issuer="ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", number="29/KH-UBND", place="Thái Nguyên", date="2018-03-22", kind="KẾ HOẠCH",
 title="TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “DẠY VÀ HỌC NGOẠI NGỮ TRONG HỆ THỐNG GIÁO DỤC QUỐC DÂN GIAI ĐOẠN 2018 - 2025” TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN",
 bases=["1400/QĐ-TTg","2080/QĐ-TTg","149/QĐ-UBND","77/KH-UBND"])

add("https://thuviennhadat.vn/vbpl/ke-hoach-772-kh-ubnd-2020-thuc-hien-nghi-quyet-35-nq-cp-phat-trien-giao-duc-va-dao-tao-cao-bang-448105.html", """
ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
772/KH-UBND
|
Cao
Bằng, ngày 30 tháng 3 năm 2020
|
KẾ HOẠCH
TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 35/NQ-CP NGÀY 04/6/2019 CỦA CHÍNH PHỦ
VỀ TĂNG CƯỜNG HUY ĐỘNG CÁC NGUỒN LỰC CỦA XÃ HỘI ĐẦU TƯ CHO PHÁT TRIỂN GIÁO DỤC
VÀ ĐÀO TẠO TRÊN ĐỊA BÀN TỈNH CAO BẰNG GIAI ĐOẠN 2020 - 2025
Căn cứ Nghị quyết số 08/NQ-CP ngày 24
tháng 01 năm 2018 ban hành Chương trình hành động của Chính phủ thực hiện Nghị
quyết số 19-NQ/TW ngày 25 tháng 10 năm 2017 của Hội nghị lần thứ sáu Ban Chấp
hành Trung ương khóa XII;
Căn cứ Nghị quyết số 35/NQ-CP ngày
04/6/2019 của Chính phủ;
Ủy ban nhân dân tỉnh Cao Bằng ban
hành Kế hoạch triển khai thực hiện Nghị quyết số 35/NQ-CP. Cụ thể
như sau:
I. MỤC TIÊU
""", issuer="ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", number="772/KH-UBND", place="Cao Bằng", date="2020-03-30", kind="KẾ HOẠCH",
 title="TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 35/NQ-CP NGÀY 04/6/2019 CỦA CHÍNH PHỦ VỀ TĂNG CƯỜNG HUY ĐỘNG CÁC NGUỒN LỰC CỦA XÃ HỘI ĐẦU TƯ CHO PHÁT TRIỂN GIÁO DỤC VÀ ĐÀO TẠO TRÊN ĐỊA BÀN TỈNH CAO BẰNG GIAI ĐOẠN 2020 - 2025",
 bases=["08/NQ-CP","19-NQ/TW","35/NQ-CP"])

add("https://thuviennhadat.vn/vbpl/ke-hoach-165-kh-ubnd-2018-dinh-huong-phan-luong-hoc-sinh-trong-giao-duc-pho-thong-quang-ninh-403496.html", """
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 165/KH-UBND
|
Quảng Ninh, ngày 30 tháng 10 năm 2018
|
KẾ HOẠCH
TRIỂN KHAI QUYẾT ĐỊNH SỐ 522/QĐ-TTG NGÀY 14/5/2018 CỦA THỦ TƯỚNG CHÍNH
PHỦ VỀ PHÊ DUYỆT ĐỀ ÁN “GIÁO DỤC HƯỚNG NGHIỆP VÀ ĐỊNH HƯỚNG PHÂN LUỒNG HỌC SINH
TRONG GIÁO DỤC PHỔ THÔNG GIAI ĐOẠN 2018-2025”
Thực hiện Quyết định số 522/QĐ-TTg
ngày 14/5/2018 của Thủ tướng Chính phủ phê duyệt Đề án, Ủy ban nhân dân tỉnh Quảng
Ninh ban hành Kế hoạch triển khai Quyết định số 522/QĐ-TTg, cụ thể như sau:
I. MỤC ĐÍCH, YÊU CẦU
""", issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", number="165/KH-UBND", place="Quảng Ninh", date="2018-10-30", kind="KẾ HOẠCH",
 title="TRIỂN KHAI QUYẾT ĐỊNH SỐ 522/QĐ-TTG NGÀY 14/5/2018 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ PHÊ DUYỆT ĐỀ ÁN “GIÁO DỤC HƯỚNG NGHIỆP VÀ ĐỊNH HƯỚNG PHÂN LUỒNG HỌC SINH TRONG GIÁO DỤC PHỔ THÔNG GIAI ĐOẠN 2018-2025”",
 bases=["522/QĐ-TTg"])

add("https://thuvienphapluat.vn/bulletin/document.aspx?bid=6aa924a9-742b-4435-83e1-fc1a623b7052", """
ỦY BAN NHÂN DÂN
TỈNH THỪA THIÊN HUẾ
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 315/KH-UBND
|
Thừa
Thiên Huế, ngày 18 tháng 9 năm 2023
|
KẾ HOẠCH
THỰC HIỆN CHƯƠNG TRÌNH HỖ TRỢ PHÁT TRIỂN GIÁO DỤC MẦM NON
VÙNG KHÓ KHĂN GIAI ĐOẠN 2022-2030 TẠI TỈNH THỪA THIÊN HUẾ
Thực hiện Quyết định số
2029/QĐ-BGDĐT ngày 13 tháng 7 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh ban hành Kế hoạch
thực hiện Chương trình gồm các nội
dung cụ thể như sau:
I. MỤC ĐÍCH,
YÊU CẦU
""", issuer="ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ", number="315/KH-UBND", place="Thừa Thiên Huế", date="2023-09-18", kind="KẾ HOẠCH",
 title="THỰC HIỆN CHƯƠNG TRÌNH HỖ TRỢ PHÁT TRIỂN GIÁO DỤC MẦM NON VÙNG KHÓ KHĂN GIAI ĐOẠN 2022-2030 TẠI TỈNH THỪA THIÊN HUẾ", bases=["2029/QĐ-BGDĐT"])

add("https://ls1.hethongphapluat.com/quyet-dinh-232-qd-ubnd-nam-2019-tinh-ninh-binh.html", """
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 232/QĐ-UBND | Ninh Bình, ngày 12 tháng 4 năm 2019 |
QUYẾT ĐỊNH
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ;
Xét đề nghị của Giám đốc sở Giáo dục và Đào tạo,
QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN", number="232/QĐ-UBND", place="Ninh Bình", date="2019-04-12", kind="QUYẾT ĐỊNH",
 title="VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO",
 bases=["61/2018/NĐ-CP","01/2018/TT-VPCP"])

add("https://hethongphapluat.vn/ke-hoach-130-kh-ubnd-nam-2022-tinh-ninh-binh.html", """
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 130/KH-UBND | Ninh Bình, ngày 13 tháng 7 năm 2022 |
Thực hiện Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 của Bộ Lao động - Thương binh và Xã hội hướng dẫn giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025, UBND tỉnh ban hành Kế hoạch giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 trên địa bàn tỉnh Ninh Bình (sau đây gọi tắt là Chương trình), cụ thể như sau:
1. Mục đích
""", issuer="ỦY BAN NHÂN DÂN", number="130/KH-UBND", place="Ninh Bình", date="2022-07-13", kind="KẾ HOẠCH",
 title="Giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 trên địa bàn tỉnh Ninh Bình",
 bases=["10/2022/TT-BLĐTBXH"])

add("https://thuvienphapluat.vn/bulletin/document.aspx?bid=3d461a6e-8cde-4ce4-98ed-897461299905", """
ỦY BAN NHÂN DÂN
TỈNH KON TUM
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
06/2024/QĐ-UBND
|
Kon Tum, ngày 25
tháng 01 năm 2024
|
QUYẾT ĐỊNH
QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ
TRÊN ĐỊA BÀN TỈNH KON TUM
ỦY BAN NHÂN DÂN TỈNH KON TUM
Căn cứ Luật Tổ chức chính
quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số
34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ; Nghị định
số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ;
Căn cứ Nghị định số
09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo
cáo của cơ quan hành chính nhà nước;
Theo đề nghị của Chánh Văn
phòng Ủy ban nhân dân tỉnh.
QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN TỈNH KON TUM", number="06/2024/QĐ-UBND", place="Kon Tum", date="2024-01-25", kind="QUYẾT ĐỊNH",
 title="QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH KON TUM",
 bases=["34/2016/NĐ-CP","154/2020/NĐ-CP","09/2019/NĐ-CP"])

add("https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/quyet-dinh-2072-qd-ubnd-2014-347819.aspx", """
ỦY BAN NHÂN
DÂN
TỈNH
KHÁNH HÒA
-------
|
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 2072/QĐ-UBND
|
Khánh Hòa, ngày 12 tháng 8 năm 2014
|
QUYẾT ĐỊNH
BAN
HÀNH QUY CHẾ KHẢO SÁT, ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG CỦA TỔ CHỨC, CÁ NHÂN ĐỐI VỚI SỰ
PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC VÀ ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TRÊN ĐỊA
BÀN TỈNH KHÁNH HÒA
ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
Căn cứ Luật Tổ chức Hội đồng nhân dân
và Ủy ban nhân dân ngày 26/11/2003;
Căn cứ Nghị quyết số
30c/NQ-CP ngày 08/11/2011 của Chính phủ;
Căn cứ Quyết định số 1383/QĐ-BNV ngày
28/12/2012 của Bộ Nội vụ;
Xét đề nghị của Giám đốc Sở Nội vụ tại
Tờ trình số 2167/TTr-SNV ngày 29/7/2014,
QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", number="2072/QĐ-UBND", place="Khánh Hòa", date="2014-08-12", kind="QUYẾT ĐỊNH",
 title="BAN HÀNH QUY CHẾ KHẢO SÁT, ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG CỦA TỔ CHỨC, CÁ NHÂN ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC VÀ ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TRÊN ĐỊA BÀN TỈNH KHÁNH HÒA",
 bases=["30c/NQ-CP","1383/QĐ-BNV"])

add("https://tailieu.vn/doc/bao-cao-so-300bc-cp-2931241.html", """
CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 300/BC-CP Hà Nội, ngày 03 tháng 5 năm 2025
BÁO CÁO
BỔ SUNG, CẬP NHẬT THÔNG TIN CHO BÁO CÁO SỐ 102/BC-CP NGÀY 15/02/2025 CỦA
CHÍNH PHỦ VỀ THỰC HIỆN CÁC MỤC TIÊU QUỐC GIA VỀ BÌNH ĐẲNG GIỚI NĂM 2024
Kính gửi: Quốc hội
Thực hiện Thông báo số 1230/TB-VPQH ngày 23/4/2025 của Văn phòng Quốc hội, Chính phủ bổ sung, cập nhật thông tin với
những nội dung sau:
I. KẾT QUẢ TRIỂN KHAI CÁC NHIỆM VỤ, GIẢI PHÁP
""", issuer="CHÍNH PHỦ", number="300/BC-CP", place="Hà Nội", date="2025-05-03", kind="BÁO CÁO",
 title="BỔ SUNG, CẬP NHẬT THÔNG TIN CHO BÁO CÁO SỐ 102/BC-CP NGÀY 15/02/2025 CỦA CHÍNH PHỦ VỀ THỰC HIỆN CÁC MỤC TIÊU QUỐC GIA VỀ BÌNH ĐẲNG GIỚI NĂM 2024",
 bases=["1230/TB-VPQH"])

add("https://vanbanphapluat.co/cong-van-4836-bnn-vpdp-2018-bao-cao-so-ket-thuc-hien-chuong-trinh-xay-dung-nong-thon-moi", """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 4836/BNN-VPĐP
V/v báo cáo sơ kết 03 năm thực hiện Chương trình MTQG xây dựng nông thôn mới (2016-2018)

Hà Nội, ngày 25 tháng 06 năm 2018

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

Thực hiện Quy chế quản lý, điều hành thực hiện các Chương trình mục tiêu quốc gia (ban hành kèm theo Quyết định số 41/2016/QĐ-TTg ngày 10/10/2016 của Thủ tướng Chính phủ), Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn như sau:
""", issuer="BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", number="4836/BNN-VPĐP", place="Hà Nội", date="2018-06-25", kind="CÔNG VĂN",
 title="báo cáo sơ kết 03 năm thực hiện Chương trình MTQG xây dựng nông thôn mới (2016-2018)", bases=["41/2016/QĐ-TTg"])

add("https://hethongphapluat.vn/cong-van-4330-bnn-ktht-nam-2020-ve-tong-ket-10-nam-cong-tac-dao-tao-nghe-nong-nghiep.html", """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 4330/BNN-KTHT | Hà Nội, ngày 26 tháng 6 năm 2020 |
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương
Để tổng kết, đánh giá việc thực hiện đào tạo nghề nông nghiệp cho lao động nông thôn theo Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ, Bộ Nông nghiệp và PTNT đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:
""", issuer="BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", number="4330/BNN-KTHT", place="Hà Nội", date="2020-06-26")

add("https://thuviennhadat.vn/vbpl/quyet-dinh-3970-qd-ubnd-nam-2013-thanh-lap-doi-cong-tac-xa-hoi-tinh-nguyen-dong-nai-217955.html", """
ỦY BAN NHÂN
DÂN
TỈNH ĐỒNG NAI
--------
|
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
-------------------
|
Số:
3970/QĐ-UBND
|
Đồng Nai, ngày
04 tháng 12 năm 2013
|
QUYẾT ĐỊNH
BAN HÀNH ĐỀ ÁN THÀNH LẬP ĐỘI CÔNG TÁC XÃ HỘI TÌNH NGUYỆN TẠI
XÃ, PHƯỜNG, THỊ TRẤN TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI
ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/
2003;
Căn cứ Nghị định số 61/2011/NĐ-CP ngày
26/7/2011 của Chính phủ;
Căn cứ Thông tư liên tịch số
24/2012/TTLT-BLĐTBXH-BNV-BTC ngày 22/10/2012 của liên Bộ: Lao động - Thương
binh và Xã hội, Nội vụ, Tài chính;
Xét đề nghị của Giám đốc Sở Lao động - Thương
binh và Xã hội tại Tờ trình số 59/TTr-LĐTBXH ngày 14/8/2013,
QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", number="3970/QĐ-UBND", place="Đồng Nai", date="2013-12-04", kind="QUYẾT ĐỊNH",
 title="BAN HÀNH ĐỀ ÁN THÀNH LẬP ĐỘI CÔNG TÁC XÃ HỘI TÌNH NGUYỆN TẠI XÃ, PHƯỜNG, THỊ TRẤN TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI",
 bases=["61/2011/NĐ-CP","24/2012/TTLT-BLĐTBXH-BNV-BTC"])

add("https://123doc.top/document/4614853-quyet-dinh-so-345-qd-ttg-ve-viec-tang-thuong-co-thi-dua-cua-chinh-phu.htm", """
Trang 1THỦ TƯỚNG
CHÍNH PHỦ
Số: 345/QĐ-TTg
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 3 tháng 4 năm 2008
QUYẾT ĐỊNH
Về việc tặng thưởng Cờ thi đua của Chính phủ
_
Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;
Căn cứ Nghị định số 121/2005/NĐ-CP ngày 30 tháng 9 năm 2005 của Chính phủ;
Xét đề nghị của Chủ tịch UBND tỉnh Quảng Ninh (Tờ trình số 1134/TTr-BTC ngày 25/3/2008),
QUYẾT ĐỊNH:
""", issuer="THỦ TƯỚNG CHÍNH PHỦ", number="345/QĐ-TTg", place="Hà Nội", date="2008-04-03", kind="QUYẾT ĐỊNH",
 title="Về việc tặng thưởng Cờ thi đua của Chính phủ", bases=["121/2005/NĐ-CP"])

add("http://vbpl.vn/hanoi/Pages/vbpq-print.aspx?ItemID=32083", """
Sign In

QUYẾT ĐỊNH

Về việc phong tặng danh hiệu chiến sĩ thi đua toàn quốc

_____________________________

 THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;

Căn cứ Nghị định số 121/2005/NĐ-CP ngày 30 tháng 9 năm 2005 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, Khen thưởng;

Xét đề nghị của Chủ tịch Ủy ban nhân dân tỉnh Bến Tre (Tờ trình số 1058/TTr-UBND ngày 20 tháng 3 năm 2008),

QUYẾT ĐỊNH:
""", issuer="THỦ TƯỚNG CHÍNH PHỦ", kind="QUYẾT ĐỊNH", title="Về việc phong tặng danh hiệu chiến sĩ thi đua toàn quốc", bases=["121/2005/NĐ-CP"])

add("https://vbpl.vn/baclieu/Pages/vbpq-print.aspx?ItemID=157468", """
QUYẾT ĐỊNH
Ban hành Quy chế Thi đua, Khen thưởng
trên địa bàn tỉnh Bạc Liêu
ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU
Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;
Căn cứ Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ Nội vụ;
Căn cứ Thông tư số 05/2020/TT-BNV ngày 09 tháng 11 năm 2020 của Bộ Nội vụ;
Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 404/TTr-SNV ngày 21 tháng 9 năm 2022.
QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", kind="QUYẾT ĐỊNH", title="Ban hành Quy chế Thi đua, Khen thưởng trên địa bàn tỉnh Bạc Liêu",
 bases=["91/2017/NĐ-CP","12/2019/TT-BNV","05/2020/TT-BNV"])

add("https://hoatieu.vn/phap-luat/van-ban-so-1277-bgddt-qlcl-ve-viec-huong-dan-to-chuc-ky-thi-tot-nghiep-thpt-nam-2024-224833", """
BỘ GIÁO DỤC VÀ ĐÀO TẠO

_____________

Số: 1277/BGDĐT-QLCL

V/v hướng dẫn tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2024

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

________________________

Hà Nội, ngày 22 tháng 3 năm 2024

Kính gửi:

- Các Sở Giáo dục và Đào tạo;

- Cục Nhà trường - Bộ Quốc phòng.

Kỳ thi tốt nghiệp trung học phổ thông năm 2024 được thực hiện theo Quy chế thi ban hành kèm theo Thông tư số 15/2020/TT-BGDĐT ngày 26/5/2020.
""", issuer="BỘ GIÁO DỤC VÀ ĐÀO TẠO", number="1277/BGDĐT-QLCL", place="Hà Nội", date="2024-03-22", kind="CÔNG VĂN",
 title="hướng dẫn tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2024")

add("https://text.123docz.net/document/12849335-221-bs-sao-kl-ve-xd-ket-cau-ha-tang-pdf.htm", """
TỈNH ỦY THỪA THIÊN HUẾ
ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 445-KL/TƯ
Thừa Thiên Huế, ngày 13 tháng 5 năm 2022
K ÉT LUẬN
HỘI NGHỊ LÂN THỨ BẢY
BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)
về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025,
định hướng đến năm 2030
Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh (khóa XVI) họp
ngày 26/4/2022 đã thảo luận Tờ trình của Ban Thường vụ Tỉnh ủy và kết luận:
I. ĐÁNH GIÁ TÌNH HÌNH
""", issuer="TỈNH ỦY THỪA THIÊN HUẾ", number="445-KL/TƯ", place="Thừa Thiên Huế", date="2022-05-13", kind="KẾT LUẬN",
 title="HỘI NGHỊ LÂN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI) về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025, định hướng đến năm 2030")

add("http://hoitruongson.vn/van-ban-chi-dao/2245_87225/bao-cao-cong-tac-hoi-nam-2020.htm", """
Báo cáo công tác Hội năm 2020

Ngày đăng: 08:22 14/08/2020 Lượt xem: 1.005
HỘI TRUYỀN THỐNG TRƯỜNG SƠN         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  ĐƯỜNG HỒ CHÍ MINH VIỆT NAM                        Độc lập – Tự do – Hạnh phúc

            Số: 63 /HTS                                             Hà Nội, ngày 24  tháng 7 năm 2020
V/v Báo cáo công tác Hội năm 2020
           và nhiệm kỳ 2016 – 2021
 
                        Kính gửi: Các tổ chức thành viên thuộc Trung ương Hội
""", issuer="HỘI TRUYỀN THỐNG TRƯỜNG SƠN ĐƯỜNG HỒ CHÍ MINH VIỆT NAM", number="63/HTS", place="Hà Nội", date="2020-07-24", kind="CÔNG VĂN",
 title="Báo cáo công tác Hội năm 2020 và nhiệm kỳ 2016 – 2021")

add("https://www.scribd.com/document/687008253/Bao-cao", """
You are on page 1of 9

PHÒNG GD&ĐT BẢO LÂM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

TRƯỜNG: THCS MÔNG ÂN Độc lập- Tự do- Hạnh phúc

BÁO CÁO
Kết quả thực hiện công tác xây dựng trường, lớp xanh, sạch, đẹp, an toàn
Năm học 2021-2022

I. ĐẶC ĐIỂM TÌNH HÌNH
""", issuer="TRƯỜNG THCS MÔNG ÂN", parent="PHÒNG GD&ĐT BẢO LÂM", kind="BÁO CÁO",
 title="Kết quả thực hiện công tác xây dựng trường, lớp xanh, sạch, đẹp, an toàn Năm học 2021-2022")

add("https://ls1.hethongphapluat.com/ke-hoach-594-kh-ubnd-a1d64a64c9eb66003d6aad4bf339b5d0.html", """
Hệ thống pháp luật
Đang tải nội dung, vui lòng chờ giây lát...

ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
-------
-

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 594/KH-UBND

Nghệ An, ngày 21 tháng 10 năm 2021

KẾ HOẠCH

THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG THI ĐUA THỰC HIỆN THẮNG LỢI NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI HẰNG NĂM VÀ KẾ HOẠCH 5 NĂM (2021 - 2025) THEO NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIII CỦA ĐẢNG

Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ và Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch tổ chức thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
""", issuer="ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", number="594/KH-UBND", place="Nghệ An", date="2021-10-21", kind="KẾ HOẠCH",
 title="THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG THI ĐUA THỰC HIỆN THẮNG LỢI NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI HẰNG NĂM VÀ KẾ HOẠCH 5 NĂM (2021 - 2025) THEO NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIII CỦA ĐẢNG",
 bases=["19/CT-TTg","16/KH-HĐTĐKT"])

add("https://phapluatcongdong.vn/van-ban/quyet-dinh-18-2020-qd-ubnd-ban-hanh-tinh-hau-giang-nam-2020-p49908.htm", """
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 18/2020/QĐ-UBND |
Hậu Giang, ngày 29 tháng 06 năm 2020 |
SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH HẬU GIANG BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 21/2018/QĐ-UBND NGÀY 31 THÁNG 10 NĂM 2018 CỦA ỦY BAN NHÂN DÂN TỈNH HẬU GIANG
ỦY BAN NHÂN DÂN TỈNH HẬU GIANG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;
Căn cứ Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ trưởng Bộ Nội vụ;
""", issuer="ỦY BAN NHÂN DÂN", number="18/2020/QĐ-UBND", place="Hậu Giang", date="2020-06-29",
 title="SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH HẬU GIANG BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 21/2018/QĐ-UBND NGÀY 31 THÁNG 10 NĂM 2018 CỦA ỦY BAN NHÂN DÂN TỈNH HẬU GIANG",
 bases=["91/2017/NĐ-CP","12/2019/TT-BNV"])

# Collected after the reader was tuned (blind): scored like the others, never tuned on.
add("http://www.hethongphapluat.vn/ke-hoach-130-kh-ubnd-nam-2025-trien-khai-phong-trao-thi-dua-ca-nuoc-thi-dua-doi-moi-sang-tao-va-chuyen-doi-so-tren-dia-ban-tinh-thanh-hoa.html", """
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 130/KH-UBND | Thanh Hoá, ngày 27 tháng 6 năm 2025 |
KẾ HOẠCH
TRIỂN KHAI PHONG TRÀO THI ĐUA “CẢ NƯỚC THI ĐUA ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ” TRÊN ĐỊA BÀN TỈNH THANH HÓA
Thực hiện Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” (sau đây viết tắt là Phong trào thi đua), Ủy ban nhân dân tỉnh Thanh Hóa ban hành Kế hoạch triển khai Phong trào thi đua trên địa bàn tỉnh như sau:
I. MỤC ĐÍCH, YÊU CẦU
""", issuer="ỦY BAN NHÂN DÂN", number="130/KH-UBND", place="Thanh Hoá", date="2025-06-27", kind="KẾ HOẠCH",
 title="TRIỂN KHAI PHONG TRÀO THI ĐUA “CẢ NƯỚC THI ĐUA ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ” TRÊN ĐỊA BÀN TỈNH THANH HÓA", bases=["923/QĐ-TTg"])

add("https://thuvienphapluat.vn/bulletin/document.aspx?bid=aa77358e-c260-424d-a762-2e74c705823e", """
ỦY
BAN NHÂN DÂN
TỈNH TIỀN GIANG
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 383/KH-UBND
|
Tiền
Giang, ngày 07 tháng 12 năm 2022
|
KẾ HOẠCH
THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI, HƯỚNG
TỚI NÔNG THÔN MỚI THÔNG MINH TRÊN ĐỊA BÀN TỈNH TIỀN GIANG GIAI ĐOẠN 2022-2025
I. CĂN CỨ XÂY DỰNG
KẾ HOẠCH
1. Quyết định số 924/QĐ-TTg ngày 22
tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số
trong xây dựng nông thôn mới giai đoạn 2021-2025;
2. Thông tư 05/2022/TT-BNNPTNT ngày
25 tháng 7 năm 2022 của Bộ Nông nghiệp và Phát triển nông thôn.
3. Nghị quyết số 05-NQ/TU ngày 17
tháng 6 năm 2021 của Ban Chấp hành Đảng bộ tỉnh.
""", issuer="ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG", number="383/KH-UBND", place="Tiền Giang", date="2022-12-07", kind="KẾ HOẠCH",
 title="THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI, HƯỚNG TỚI NÔNG THÔN MỚI THÔNG MINH TRÊN ĐỊA BÀN TỈNH TIỀN GIANG GIAI ĐOẠN 2022-2025",
 bases=["924/QĐ-TTg","05/2022/TT-BNNPTNT","05-NQ/TU"])

# Second collection (2026-12-02), appended after the first so the numbering of 000-037 stays as it was.
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'headers_more.py'), encoding='utf-8').read())

for i, (text, e) in enumerate(items):
    with open(os.path.join(out, f"{i:03d}.txt"), "w", encoding="utf-8") as f:
        f.write(text + "\n")
    with open(os.path.join(out, f"{i:03d}.json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
print(len(items))
