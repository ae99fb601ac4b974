# Second collection (2026-12-02): headers of real public documents found after the parser was tuned (unseen material).
# Same form as make_headers.py (which runs this file before writing): each header re-laid in its source's own layout,
# kept to the header and its legal-basis lines; expected values read from the text by hand.

add("https://thuviennhadat.vn/vbpl/quyet-dinh-22-2010-qd-ubnd-thu-tuc-ho-so-thoi-gian-xet-tang-co-thi-dua-tuyen-quang-200640.html", """
UỶ
BAN NHÂN DÂN
TỈNH TUYÊN QUANG
---------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
22/2010/QĐ-UBND
|
Tuyên
Quang, ngày 27 tháng 9 năm 2010
|
QUYẾT ĐỊNH
BAN HÀNH QUY ĐỊNH TRÌNH TỰ, THỦ TỤC, HỒ SƠ, THỜI GIAN XÉT TẶNG
CỜ THI ĐUA CỦA UỶ BAN NHÂN DÂN TỈNH, TẬP THỂ LAO ĐỘNG XUẤT SẮC, CHIẾN SỸ THI
ĐUA CẤP TỈNH, BẰNG KHEN CỦA CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH
UỶ BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức Hội đồng
nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;
Căn cứ Luật Thi đua, Khen thưởng
ngày 26 tháng 11 năm 2003;
Căn cứ Nghị định số
42/2010/NĐ-CP ngày 15 tháng 4 năm 2010 của Chính phủ;
Theo đề nghị của Giám đốc Sở
Nội vụ tại Tờ trình số 129/TTr-SNV ngày 18 tháng 6 năm 2010,
QUYẾT ĐỊNH:
""", issuer="UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG", number="22/2010/QĐ-UBND", place="Tuyên Quang", date="2010-09-27", kind="QUYẾT ĐỊNH",
 title="BAN HÀNH QUY ĐỊNH TRÌNH TỰ, THỦ TỤC, HỒ SƠ, THỜI GIAN XÉT TẶNG CỜ THI ĐUA CỦA UỶ BAN NHÂN DÂN TỈNH, TẬP THỂ LAO ĐỘNG XUẤT SẮC, CHIẾN SỸ THI ĐUA CẤP TỈNH, BẰNG KHEN CỦA CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH",
 bases=["42/2010/NĐ-CP"])

add("https://phapluatcongdong.vn/van-ban/quyet-dinh-35-2016-qd-ubnd-ban-hanh-tinh-kien-giang-nam-2016-p135586.htm", """
ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 35/2016/QĐ-UBND

Kiên Giang, ngày 14 tháng 11 năm 2016

QUYẾT ĐỊNH

BAN HÀNH QUY ĐỊNH MỘT SỐ MẪU VỀ DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG, KHUNG, HỘP VÀ VIỆC QUẢN LÝ, CẤP PHÁT, CẤP ĐỔI, CẤP LẠI, THU HỒI HIỆN VẬT KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH KIÊN GIANG

ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG

Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Luật thi đua, khen thưởng ngày 26 tháng 11 năm 2003;

Căn cứ Nghị định số 85/2014/NĐ-CP ngày 10 tháng 9 năm 2014 của Chính phủ;

Theo đề nghị của Giám đốc Sở Nội vụ,
""", issuer="ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", number="35/2016/QĐ-UBND", place="Kiên Giang", date="2016-11-14", kind="QUYẾT ĐỊNH",
 title="BAN HÀNH QUY ĐỊNH MỘT SỐ MẪU VỀ DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG, KHUNG, HỘP VÀ VIỆC QUẢN LÝ, CẤP PHÁT, CẤP ĐỔI, CẤP LẠI, THU HỒI HIỆN VẬT KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH KIÊN GIANG",
 bases=["85/2014/NĐ-CP"])

add("https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Quyet-dinh-so-471-QD-UBND-quy-che-thi-dua-khen-thuong-Ca-Mau-2016-304109.aspx?tab=3", """
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
471/QĐ-UBND
|
Cà Mau, ngày 01 tháng 04 năm 2015
|
QUYẾT ĐỊNH
BAN HÀNH "QUY CHẾ THI ĐUA, KHEN THƯỞNG" TRÊN ĐỊA BÀN TỈNH CÀ
MAU
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;
Căn cứ Luật Thi đua - Khen thưởng
ngày 26/11/2003;
Căn cứ Nghị định số 65/2014/NĐ-CP
ngày 01 tháng 7 năm 2014 của Chính phủ;
Căn cứ Thông tư số 07/2014/TT-BNV
ngày 29/8/2014 của Bộ Nội vụ;
Xét đề nghị của Trưởng Ban Thi đua - Khen thưởng tỉnh tại Tờ trình số 377/TTr-BTĐKT ngày
16/12/2014,
QUYẾT ĐỊNH
""", issuer="ỦY BAN NHÂN DÂN TỈNH CÀ MAU", number="471/QĐ-UBND", place="Cà Mau", date="2015-04-01", kind="QUYẾT ĐỊNH",
 title='BAN HÀNH "QUY CHẾ THI ĐUA, KHEN THƯỞNG" TRÊN ĐỊA BÀN TỈNH CÀ MAU',
 bases=["65/2014/NĐ-CP","07/2014/TT-BNV"])

add("https://luatminhkhue.vn/quyet-dinh-719-qd-ttg-nam-2012-phe-duyet-ke-hoach-to-chuc-hoat-dong-ky-niem-100-nam-ngay-sinh-co-tong-bi-thu-nguyen-van-cu--09-7-1912---09-7-2012--do-thu-tuong-chinh-phu-ban-hanh.aspx", """
THỦ TƯỚNG CHÍNH PHỦ
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
----------------

Số: 719/QĐ-TTg

Hà Nội, ngày 15 tháng 06 năm 2012

QUYẾT ĐỊNH

PHÊDUYỆT KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 100 NĂM NGÀY SINH CỐ TỔNG BÍ THƯNGUYỄN VĂN CỪ (09/7/1912 - 09/7/2012)

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật tổ chức Chính phủngày 25 tháng 12 năm 2001;

Căn cứ Chỉ thị số 45-CT/TW ngày22 tháng 7 năm 2010 của Bộ Chính trị;

Căn cứ Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012 của Ban Bí thư Trung ương Đảng;

Căn cứ Quyết định số 640/QĐ-TTg ngày 31 tháng 5 năm 2012 của Thủ tướng Chính phủ;

Xét đề nghị của Bộ trưởng Bộ Vănhóa, Thể thao và Du lịch,

QUYẾT ĐỊNH:
""", issuer="THỦ TƯỚNG CHÍNH PHỦ", number="719/QĐ-TTg", place="Hà Nội", date="2012-06-15", kind="QUYẾT ĐỊNH",
 title="PHÊDUYỆT KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 100 NĂM NGÀY SINH CỐ TỔNG BÍ THƯNGUYỄN VĂN CỪ (09/7/1912 - 09/7/2012)",
 bases=["45-CT/TW","70-TB/TW","640/QĐ-TTg"])

add("http://th-tbson.phongdien.thuathienhue.edu.vn/ke-hoach/ke-hoach-nam/khn-ban-giam-hieu/kh-nam-pho-hieu-truong/ke-hoach-cua-pho-hieu-truongnam-2024.html", """
 PHÒNG GD & ĐT PHONG ĐIỀN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM                                                                                                                     TRƯỜNG TH TÂY BẮC SƠN                 Độc lập – Tự do – Hạnh phúc

       

     Số:  14/KH- THTBS                                               Phong Sơn, ngày 27 tháng 9  năm 2024

  

KẾ HOẠCH CHỈ ĐẠO CHUYÊN MÔN

NĂM HỌC 2024 – 2025

Căn cứ công văn số 295/PGDĐT-GDTH ngày 09 tháng 9 năm 2024, v/v hướng dẫn thực hiện nhiệm vụ Giáo dục Tiểu học năm học 2024 – 2025 của phòng GD&ĐT Phong Điền.

   Căn cứ kế hoạch số12/KH-THTBS ngày 09/9/2024 của Trường TH Tây Bắc Sơn.

  Căn cứ kế hoạch số13/KH-THTBS ngày 10/9/2024 của Trường TH Tây Bắc Sơn.

   Bộ phận chuyên môn xây dựng kế hoạch chỉ đạo các hoạt động chuyên môn như sau:

I. Những nhiệm vụ trọng tâm
""", issuer="TRƯỜNG TH TÂY BẮC SƠN", parent="PHÒNG GD & ĐT PHONG ĐIỀN", number="14/KH-THTBS", place="Phong Sơn", date="2024-09-27", kind="KẾ HOẠCH",
 title="CHỈ ĐẠO CHUYÊN MÔN NĂM HỌC 2024 – 2025", bases=["295/PGDĐT-GDTH","12/KH-THTBS","13/KH-THTBS"])

add("http://hoangvanthu-nuithanh.edu.vn/vi/news/savefile/Hoat-dong-nha-truong/KE-HOACH-NAM-HOC-2023-2024-145", """
UBND HUYỆN NÚI THÀNH

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

TRƯỜNG TH HOÀNG VĂN THỤ

Độc lập - Tự do - Hạnh phúc

 

Số:  32  /KH-THHVT


Tam Sơn,  ngày  25 tháng 9 năm 2023
 
              
KẾ HOẠCH
NĂM HỌC: 2023-2024
 

Căn cứ Quyết định số 1664/QĐ-UBND ngày 08/8/2023  của Ủy ban nhân dân (UBND) tỉnh Quảng Nam;
Căn cứ Công văn số 176/PGDĐT-TH ngày 05/9/2023 của Phòng GDĐT Núi Thành;
Căn cứ kết quả năm học 2022-2023 và tình hình thực tế tại đơn vị. Trường TH Hoàng Văn Thụ xây dựng kế hoạch năm học 2023-2024 như sau:
PHẦN I
""", issuer="TRƯỜNG TH HOÀNG VĂN THỤ", parent="UBND HUYỆN NÚI THÀNH", number="32/KH-THHVT", place="Tam Sơn", date="2023-09-25", kind="KẾ HOẠCH",
 title="NĂM HỌC: 2023-2024", bases=["1664/QĐ-UBND","176/PGDĐT-TH"])

add("http://tieuhocdienthanh.dienchau.edu.vn/cong-khai/ke-hoach-giao-duc-nha-truong-nam-hoc-2024-2025-261.html", """
  PHÒNG GD & ĐT DIỄN CHÂU
TRƯỜNG TH DIỄN THÀNH
   CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                    Độc lập - Tự do - Hạnh phúc
 
                 Số : 39/KH -THDT
                  
Diễn Thành, ngày 30 tháng 08 năm 2024
 
   KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG
NĂM HỌC 2024 - 2025
                                       
         I. Căn cứ xây dựng kế hoạch.
            Quyết định số 04/QĐ-TTg ngày 27/3/2015 của Thủ tướng Chính phủ;
             Công văn số 3535/BGDĐT-GDTH, ngày 19 tháng 8 năm 2019 của Bộ Giáo dục và Đào tạo;
      Thông tư 28/2020/TT-BGDĐT ngày ngày 04 tháng 9 năm 2020 về việc Ban hành điều lệ trường Tiểu học;
       Quyết định số 2082/QĐ-UBND ngày 14/8/2024 của UBND tỉnh Nghệ An;
""", issuer="TRƯỜNG TH DIỄN THÀNH", parent="PHÒNG GD & ĐT DIỄN CHÂU", number="39/KH-THDT", place="Diễn Thành", date="2024-08-30", kind="KẾ HOẠCH",
 title="GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2024 - 2025", bases=["04/QĐ-TTg","3535/BGDĐT-GDTH","28/2020/TT-BGDĐT","2082/QĐ-UBND"])

add("https://tieuhocdienhung.dienchau.edu.vn/savefile/He-thong-van-ban/ke-hoach-giao-duc-279.html", """
PHÒNG GD&ĐT DIỄN CHÂU
TRƯỜNG TH DIỄN HÙNG
 
Số: 19/KHGD -THDH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
 
 Diễn Hùng, ngày 29 tháng 08  năm 2024
 
KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG
Năm học: 2024 - 2025
 
I. CĂN CỨ XÂY DỰNG KẾ HOẠCH:
Căn cứ Quyết định số 04/QĐ-TTg ngày 27/3/2015 của Thủ tướng Chính phủ;
Căn cứ Chỉ thị số 16/CT-TTg, ngày 18 tháng 6 năm 2018 của Thủ tướng Chính phủ;
Căn cứ Công văn số 3535/BGDĐT-GDTH, ngày 19 tháng 8 năm 2019 của Bộ Giáo dục và Đào tạo;
Thông tư số 27/2020/TT-BGDĐT ngày 4/9/2020 của Bộ Giáo dục và Đào tạo;
""", issuer="TRƯỜNG TH DIỄN HÙNG", parent="PHÒNG GD&ĐT DIỄN CHÂU", number="19/KHGD-THDH", place="Diễn Hùng", date="2024-08-29", kind="KẾ HOẠCH",
 title="GIÁO DỤC NHÀ TRƯỜNG Năm học: 2024 - 2025", bases=["04/QĐ-TTg","16/CT-TTg","3535/BGDĐT-GDTH","27/2020/TT-BGDĐT"])

add("https://thanhniencec.edu.vn/chuong-trinh-hanh-dong-cua-doan-thanh-nien-cong-san-ho-chi-minh-thuc-hien-nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang/", """
BAN CHẤP HÀNH TRUNG ƯƠNG

***

Số:  26  -CTr/TWĐTN-VP

ĐOÀN TNCS HỒ CHÍ MINH

 

Hà Nội, ngày   19    tháng 5 năm 2021

 

 

CHƯƠNG TRÌNH HÀNH ĐỘNG

CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH

thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng

————

Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh ban hành Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU
""", issuer="BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", number="26-CTr/TWĐTN-VP", place="Hà Nội", date="2021-05-19", kind="CHƯƠNG TRÌNH HÀNH ĐỘNG",
 title="CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")

add("https://www.hethongphapluat.vn/quyet-dinh-07-2026-qd-ubnd-quy-dinh-ve-cong-tac-thi-dua-khen-thuong-tren-dia-ban-tinh-dak-lak.html", """
ỦY BAN NHÂN DÂN
TỈNH ĐẮK LẮK
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 07/2026/QĐ-UBND

Đắk Lắk, ngày 19 tháng 01 năm 2026

 

QUYẾT ĐỊNH

QUY ĐỊNH VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;

Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng;

Căn cứ Nghị định số 129/2025/NĐ-CP của Chính phủ;

Căn cứ Thông tư số 15/2025/TT-BNV của Bộ trưởng Bộ Nội vụ;

Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 0705/TTr-SNV ngày 15 tháng 12 năm 2025;
""", issuer="ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", number="07/2026/QĐ-UBND", place="Đắk Lắk", date="2026-01-19", kind="QUYẾT ĐỊNH",
 title="QUY ĐỊNH VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK",
 bases=["72/2025/QH15","06/2022/QH15","152/2025/NĐ-CP","129/2025/NĐ-CP","15/2025/TT-BNV"])

add("https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-17-2024-QD-UBND-Quy-dinh-ve-thi-dua-khen-thuong-Dak-Lak-610085.aspx?ac=emails", """
ỦY BAN NHÂN DÂN
TỈNH ĐẮK LẮK
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
17/2024/QĐ-UBND
|
Đắk Lắk, ngày 06
tháng 5 năm 2024
|
QUYẾT ĐỊNH
BAN HÀNH QUY ĐỊNH VỀ THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH
ĐẮK LẮK
ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK
Căn cứ Luật Tổ chức
chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Thi đua,
khen thưởng ngày 15 tháng 6 năm 2022;
Căn cứ Nghị định số
98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;
Căn cứ Thông tư số
01/2024/TT-BNV ngày 24 tháng 2 năm 2024 của Bộ Nội vụ;
Theo đề nghị của Giám
đốc Sở Nội vụ tại Tờ trình số 433/TTr-SNV ngày 15 tháng 4 năm 2024.
QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", number="17/2024/QĐ-UBND", place="Đắk Lắk", date="2024-05-06", kind="QUYẾT ĐỊNH",
 title="BAN HÀNH QUY ĐỊNH VỀ THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK", bases=["98/2023/NĐ-CP","01/2024/TT-BNV"])

add("https://ls1.hethongphapluat.com/quyet-dinh-17-2017-qd-ubnd-sua-doi-quy-dinh-ve-cong-tac-thi-dua-khen-thuong-cua-tinh-dak-lak-kem-theo-quyet-dinh-11-2015-qd-ubnd.html", """
ỦY BAN NHÂN DÂN
TỈNH ĐẮK LẮK

-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 17/2017/QĐ-UBND

Đắk Lắk, ngày 26 tháng 06 năm 2017

 

QUYẾTĐỊNH

VỀ VIỆC SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA TỈNH BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 11/2015/QĐ - UBND NGÀY 03/3/2015

ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;

Căn cứ Luật Thi đua - Khen thưởng ngày 26/11/2003;

Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15/4/2010; Nghị định số 39/2012/NĐ-CP ngày 27/4/2012 của Chính phủ; Nghị định s 65/2014/NĐ-CP ngày 01/7/2014 của Chính phủ;

Căn cứ Thông tư số 07/2014/TT-BNV ngày 29/8/2014 Bộ Nội vụ;

Căn cứ Thông tư số 71/2011/TT-BTC ngày 24/5/2011 của Bộ Tài chính;

Theo đề nghị của Sở Nội vụ,
""", issuer="ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", number="17/2017/QĐ-UBND", place="Đắk Lắk", date="2017-06-26", kind="QUYẾT ĐỊNH",
 title="VỀ VIỆC SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA TỈNH BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 11/2015/QĐ - UBND NGÀY 03/3/2015",
 bases=["42/2010/NĐ-CP","39/2012/NĐ-CP","65/2014/NĐ-CP","07/2014/TT-BNV","71/2011/TT-BTC"])

add("https://phapluatcongdong.vn/van-ban/quyet-dinh-1463-qd-ubnd-ban-hanh-tinh-dak-nong-nam-2011-p259975.htm", """
ỦY BAN NHÂN DÂN
TỈNH ĐẮK NÔNG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 1463/QĐ-UBND

Đắk Nông, ngày 06 tháng 10 năm 2011

 

QUYẾT ĐỊNH

VỀ VIỆC QUY ĐỊNH CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH ĐẮK NÔNG

ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG

Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;

Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15/4/2010 của Chính phủ;

Căn cứ Thông tư số 02/2011/TT-BNV ngày 24/01/2011 của Bộ Nội vụ;

Căn cứ Nghị định số 154/2004/NĐ-CP ngày 09/8/2004 của Chính phủ quy định về nghi thức Nhà nước;
""", issuer="ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG", number="1463/QĐ-UBND", place="Đắk Nông", date="2011-10-06", kind="QUYẾT ĐỊNH",
 title="VỀ VIỆC QUY ĐỊNH CÔNG TÁC THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH ĐẮK NÔNG", bases=["42/2010/NĐ-CP","02/2011/TT-BNV","154/2004/NĐ-CP"])

add("https://luatminhkhue.vn/quyet-dinh-224-2006-qd-ubdt.aspx", """
UỶ BAN DÂN TỘC
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 17 tháng 8 năm 2006

QUYẾT ĐỊNH

Ban hành Quy chế thi đua - Khen thưởng của Ủy ban Dân tộc

_____________________

BỘ TRƯỞNG CHỦ NHIỆM ỦY BAN DÂN TỘC

Căn cứ Luật Thi đua – Khen thưởng ngày 26 tháng 11 năm 2003;

Căn cứ Nghị định số 51/2003/NĐ-CP ngày 16/5/2003 của Chính phủ;

Căn cứ Nghị định số 121/2005/NĐ-CP ngày 30/9/2005 của Chính phủ;

Xét đề nghị của Hội đồng Thi đua – Khen thưởng Ủy ban Dân tộc.

QUYẾT ĐỊNH
""", issuer="UỶ BAN DÂN TỘC", place="Hà Nội", date="2006-08-17", kind="QUYẾT ĐỊNH",
 title="Ban hành Quy chế thi đua - Khen thưởng của Ủy ban Dân tộc", bases=["51/2003/NĐ-CP","121/2005/NĐ-CP"])

add("https://hethongphapluat.vn/nghi-quyet-58-nq-hdnd-nam-2016-thong-qua-ke-hoach-dau-tu-cong-trung-han-nguon-von-ngan-sach-nha-nuoc-giai-doan-2016-2020-tinh-ha-giang.html", """
HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 58/NQ-HĐND | Hà Giang, ngày 11 tháng 12 năm 2016 |
HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG
KHÓA XVII - KỲ HỌP THỨ BA
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Đầu tư công ngày 18 tháng 6 năm 2014;
Căn cứ Nghị định số 77/2015/NĐ-CP ngày 10 tháng 9 năm 2015 của Chính phủ;
Căn cứ Quyết định số 40/2015/QĐ-TTg ngày 14 tháng 9 năm 2015 của Thủ tướng Chính phủ;
Căn cứ Chỉ thị số 23/CT-TTg ngày 05 tháng 8 năm 2014 của Thủ tướng Chính phủ;
Xét Tờ trình số 192/TTr-UBND ngày 21 tháng 11 năm 2016 của Ủy ban nhân dân tỉnh;
Hội đồng nhân dân tỉnh đã thảo luận và nhất trí,
QUYẾT NGHỊ:
""", issuer="HỘI ĐỒNG NHÂN DÂN", number="58/NQ-HĐND", place="Hà Giang", date="2016-12-11",
 bases=["77/2015/NĐ-CP","40/2015/QĐ-TTg","23/CT-TTg"])

add("https://hethongphapluat.com/quyet-dinh-4440-qd-ubnd-nam-2017-ve-quy-dinh-khen-thuong-phong-trao-thi-dua-toan-dan-tham-gia-bao-ve-chu-quyen-lanh-tho-an-ninh-bien-gioi-quoc-gia-tren-dia-ban-tinh-quang-ninh.html", """
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 4440/QĐ-UBND | Quảng Ninh, ngày 13 tháng 11 năm 2017 |
ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19/6/2015;
Căn cứ Luật Thi đua, Khen thưởng ngày 26/11/2003;
Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ;
Căn cứ Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Quảng Ninh ban hành kèm theo Quyết định số 1319/QĐ-UBND ngày 27/4/2017 của Ủy ban nhân dân tỉnh Quảng Ninh;
Xét đề nghị của Giám đốc Sở Nội vụ tỉnh Quảng Ninh,
QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN", number="4440/QĐ-UBND", place="Quảng Ninh", date="2017-11-13",
 bases=["91/2017/NĐ-CP","1319/QĐ-UBND"])

add("https://thuvienphapluat.vn/bulletin/document.aspx?bid=916b4192-e81f-479d-999b-3a741394304d&key=GJ8hchVlpsWY%2BLLdEuhTdg%3D%3D", """
THỦ TƯỚNG CHÍNH
PHỦ
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 232/QĐ-TTg
|
Hà
Nội, ngày 26 tháng 02
năm 2019
|
QUYẾT ĐỊNH
PHÊ DUYỆT NHIỆM VỤ ĐIỀU CHỈNH QUY HOẠCH CHUNG XÂY DỰNG KHU KINH TẾ VÂN
ĐỒN ĐẾN NĂM 2040, TẦM NHÌN ĐẾN NĂM 2050
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày
19 tháng 6 năm 2015;
Căn cứ Luật Xây dựng ngày 18 tháng
6 năm 2014;
Căn cứ Nghị định số 44/2015/NĐ-CP
ngày 06 tháng 5 năm 2015 của Chính phủ; Nghị định số 82/2018/NĐ-CP ngày 22 tháng 5 năm 2018 của Chính
phủ;
Xét đề nghị của Ủy ban nhân dân tỉnh
Quảng Ninh và Báo cáo thẩm định của Bộ Xây dựng,
QUYẾT ĐỊNH:
""", issuer="THỦ TƯỚNG CHÍNH PHỦ", number="232/QĐ-TTg", place="Hà Nội", date="2019-02-26", kind="QUYẾT ĐỊNH",
 title="PHÊ DUYỆT NHIỆM VỤ ĐIỀU CHỈNH QUY HOẠCH CHUNG XÂY DỰNG KHU KINH TẾ VÂN ĐỒN ĐẾN NĂM 2040, TẦM NHÌN ĐẾN NĂM 2050",
 bases=["44/2015/NĐ-CP","82/2018/NĐ-CP"])

add("https://ls1.hethongphapluat.com/quyet-dinh-06-2014-qd-ubnd-ve-quy-che-quan-ly-thong-nhat-hoat-dong-doi-ngoai-tren-dia-ban-tinh-ca-mau.html", """
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 06/2014/QĐ-UBND | Cà Mau, ngày 21 tháng 03 năm 2014 |
BAN HÀNH QUY CHẾ QUẢN LÝ THỐNG NHẤT CÁC HOẠT ĐỘNG ĐỐI NGOẠI TRÊN ĐỊA BÀN TỈNH CÀ MAU
ỦY BAN NHÂN DÂN TỈNH CÀ MAU
Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;
Căn cứ Quyết định số 67/2011/QĐ-TTg ngày 12/12/2011 của Thủ tướng Chính phủ;
Theo đề nghị của Chánh Văn phòng UBND tỉnh tại Công văn số 724/VP-NV ngày 02/8/2013,
QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN", number="06/2014/QĐ-UBND", place="Cà Mau", date="2014-03-21",
 title="BAN HÀNH QUY CHẾ QUẢN LÝ THỐNG NHẤT CÁC HOẠT ĐỘNG ĐỐI NGOẠI TRÊN ĐỊA BÀN TỈNH CÀ MAU", bases=["67/2011/QĐ-TTg"])

add("https://ls1.hethongphapluat.com/chuong-trinh-hanh-dong-01-ctr-ubnd-4fd1ac3b442d6d266c28317e5929115e.html", """
ỦY BAN NHÂN DÂN
TỈNH CÀ MAU
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 01/CTr-UBND

Cà Mau, ngày 19 tháng 01 năm 2023

 

CHƯƠNG TRÌNH HÀNH ĐỘNG

THỰC HIỆN NGHỊ QUYẾT CỦA CHÍNH PHỦ, TỈNH ỦY, HỘI ĐỒNG NHÂN DÂN TNH VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2023; V TIẾP TỤC THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU CẢI THIỆN MÔI TRƯỜNG ĐẦU TƯ KINH DOANH, NÂNG CAO NĂNG LỰC CẠNH TRANH NĂM 2023

Năm 2022 là năm bản lề, có ý nghĩa rất quan trọng đối với tỉnh Cà Mau.
""", issuer="ỦY BAN NHÂN DÂN TỈNH CÀ MAU", number="01/CTr-UBND", place="Cà Mau", date="2023-01-19", kind="CHƯƠNG TRÌNH HÀNH ĐỘNG",
 title="THỰC HIỆN NGHỊ QUYẾT CỦA CHÍNH PHỦ, TỈNH ỦY, HỘI ĐỒNG NHÂN DÂN TNH VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2023; V TIẾP TỤC THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU CẢI THIỆN MÔI TRƯỜNG ĐẦU TƯ KINH DOANH, NÂNG CAO NĂNG LỰC CẠNH TRANH NĂM 2023")

add("https://vanban123.vn/Ke-hoach/Ke-hoach-2870-KH-UBND-nam-2022-ve-phat-dong-Phong-trao-thi-dua-Vi-nguoi-ngheo-Khong-de-ai-bi-bo-lai-phia-sau-giai-doan-2021-2025-tren-dia-ban-tinh-Ninh-Thuan-581533", """
ỦY BAN NHÂN DÂN
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
Số: 2870/KH-UBND |
Ninh Thuận, ngày 02 tháng 7 năm 2022 |
Căn cứ Quyết định số 666/QĐ-TTg ngày 02/6/2022 của Thủ tướng Chính phủ;
Căn cứ Chỉ thị số 19-CT/TU ngày 29/11/2021 của Ban Thường vụ Tỉnh ủy;
Thực hiện Quyết định số 34/QĐ-UBND ngày 12/01/2022 của Ủy ban nhân dân tỉnh; Kế hoạch số 890/KH-UBND ngày 07/3/2022 của Ủy ban nhân dân tỉnh;
Ủy ban nhân dân tỉnh ban hành Kế hoạch phát động Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025 trên địa bàn tỉnh Ninh Thuận (viết tắt là Phong trào thi đua vì người nghèo) với các nội dung, như sau:
1. Mục đích:
""", issuer="ỦY BAN NHÂN DÂN", number="2870/KH-UBND", place="Ninh Thuận", date="2022-07-02", kind="KẾ HOẠCH",
 title="phát động Phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025 trên địa bàn tỉnh Ninh Thuận",
 bases=["666/QĐ-TTg","19-CT/TU","34/QĐ-UBND","890/KH-UBND"])

add("https://vanbanphapluat.co/quyet-dinh-1281-qd-ubnd-thu-tuc-hanh-chinh-thuoc-tham-quyen-giai-quyet-so-y-te-ha-tinh-2014", """
ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 1281/-UBND

Hà Nội, ngày 13 tháng 05 năm 2014

 

QUYẾT ĐỊNH

VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC BỔ SUNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ Y TẾ TỈNH HÀ TĨNH

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ; Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ;

Căn cứ Thông tư số 14/2013/TT-BYT ngày 06/5/2013 của Bộ Y tế;

Xét đề nghị của Giám đốc Sở Y tế tại Văn bản số 610/SYT-VP ngày 18/4/2014,

QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", number="1281/-UBND", place="Hà Nội", date="2014-05-13", kind="QUYẾT ĐỊNH",
 title="VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC BỔ SUNG THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ Y TẾ TỈNH HÀ TĨNH",
 bases=["63/2010/NĐ-CP","48/2013/NĐ-CP","14/2013/TT-BYT"])

add("https://phapluatcongdong.vn/van-ban/van-ban-khac-49-kh-ubnd-ban-hanh-tinh-tuyen-quang-nam-2018-p96122.htm", """
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 49/KH-UBND |
Tuyên Quang, ngày 21 tháng 5 năm 2018 |
Căn cứ Luật Bảo vệ sức khỏe nhân dân ngày 30/6/1989;
Căn cứ Nghị quyết 46-NQ/TW ngày 23/02/2005 của Bộ Chính trị (Khóa IX);
Căn cứ Chỉ thị số 06-CT/TW ngày 22/01/2002 của Ban Bí thư Trung ương Đảng khóa IX;
Căn cứ Nghị quyết số 139/NQ-CP ngày 31/12/2017 của Chính phủ;
""", issuer="ỦY BAN NHÂN DÂN", number="49/KH-UBND", place="Tuyên Quang", date="2018-05-21",
 bases=["46-NQ/TW","06-CT/TW","139/NQ-CP"])

add("https://ls1.hethongphapluat.com/quyet-dinh-2260-qd-ubnd-nam-2007-phe-duyet-du-an-quy-hoach-tong-the-phat-trien-su-nghiep-bao-ve-cham-soc-va-nang-cao-suc-khoe-nhan-dan-tinh-yen-bai-giai-doan-2006-2010-2015-va-tam-nhin-2020.html", """
UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 2260/QĐ-UBND | Yên Bái, ngày 04 tháng 12 năm 2007 |
QUYẾT ĐỊNH
VỀ VIỆC PHÊ DUYỆT DỰ ÁN QUY HOẠCH TỔNG THỂ PHÁT TRIỂN SỰ NGHIỆP BẢO VỆ, CHĂM SÓC VÀ NÂNG CAO SỨC KHOẺ NHÂN DÂN TỈNH YÊN BÁI, GIAI ĐOẠN 2006-2010, 2015 VÀ TẦM NHÌN 2020
UỶ BAN NHÂN DÂN TỈNH YÊN BÁI
Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;
Căn cứ Nghị định số 92/2006/NĐ-CP ngày 07/9/2006 của Chính phủ;
Căn cứ Quyết định số 35/2001/QĐ-TTg ngày 19/3/2001 của Thủ tướng Chính phủ;
Căn cứ Quyết định số 116/2006/QĐ-TTg ngày 26/5/2006 của Thủ tướng Chính phủ;
Căn cứ Thông tư số 01/2007/TT-BKH ngày 07/02/2007 của Bộ Kế hoạch và Đầu tư;
Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 957/SYT-KH ngày 15/11/2007,
QUYẾT ĐỊNH:
""", issuer="UỶ BAN NHÂN DÂN", number="2260/QĐ-UBND", place="Yên Bái", date="2007-12-04", kind="QUYẾT ĐỊNH",
 title="VỀ VIỆC PHÊ DUYỆT DỰ ÁN QUY HOẠCH TỔNG THỂ PHÁT TRIỂN SỰ NGHIỆP BẢO VỆ, CHĂM SÓC VÀ NÂNG CAO SỨC KHOẺ NHÂN DÂN TỈNH YÊN BÁI, GIAI ĐOẠN 2006-2010, 2015 VÀ TẦM NHÌN 2020",
 bases=["92/2006/NĐ-CP","35/2001/QĐ-TTg","116/2006/QĐ-TTg","01/2007/TT-BKH"])

add("https://hethongphapluat.com/quyet-dinh-3605-qd-ubnd-nam-2014-ban-ha-nh-ke-hoa-ch-trie-n-khai-thu-c-hie-n-nghi-quye-t-so-05-nq-cp-nga-y-13-tha-ng-01-nam-2014-cu-a-chi-nh-phu-ve-da-y-ma-nh-thu-c-hie-n-ca-c-mu-c-tieu-pha-t-trie-n-thien-nien-ky-cu-a-lien-h.html", """
UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 3605/QĐ-UBND | Sơn La, ngày 30 tháng 12 năm 2014 |
QUYẾT ĐỊNH
BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 05/NQ-CP NGÀY 13 THÁNG 01 NĂM 2014 CỦA CHÍNH PHỦ VỀ ĐẨY MẠNH THỰC HIỆN CÁC MỤC TIÊU PHÁT TRIỂN THIÊN NIÊN KỶ CỦA LIÊN HỢP QUỐC TRONG LĨNH VỰC Y TẾ
UỶ BAN NHÂN DÂN TỈNH SƠN LA
Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;
Thực hiện Nghị quyết số 05/NQ-CP ngày 13 tháng 01 năm 2014 của Chính phủ;
Theo đề nghị của Sở Y tế tại Tờ trình số 238/TTr-SYT ngày 03 tháng 12 năm 2014,
QUYẾT ĐỊNH:
""", issuer="UỶ BAN NHÂN DÂN", number="3605/QĐ-UBND", place="Sơn La", date="2014-12-30", kind="QUYẾT ĐỊNH",
 title="BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 05/NQ-CP NGÀY 13 THÁNG 01 NĂM 2014 CỦA CHÍNH PHỦ VỀ ĐẨY MẠNH THỰC HIỆN CÁC MỤC TIÊU PHÁT TRIỂN THIÊN NIÊN KỶ CỦA LIÊN HỢP QUỐC TRONG LĨNH VỰC Y TẾ",
 bases=["05/NQ-CP"])

add("https://hethongphapluat.com/ke-hoach-1611-kh-bgddt-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-xay-dung-nong-thon-moi-nam-2022-doi-voi-giao-duc-mam-non-do-bo-giao-duc-va-dao-tao-ban-hanh.html", """
BỘ GIÁO DỤC VÀ ĐÀO TẠO
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 1611/KH-BGDĐT

Hà Nội, ngày 15 tháng 11 năm 2022

 

KẾ HOẠCH

TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI NĂM 2022 ĐỐI VỚI GIÁO DỤC MẦM NON

Thực hiện Kế hoạch số 1521/KH-BGDĐT ngày 27/10/2022 của Bộ Giáo dục Đào tạo (GDĐT), Bộ GDĐT ban hành Kế hoạch triển khai thực hiện đối với giáo dục mầm non (GDMN), cụ thể như sau:

1. Mục đích yêu cầu
""", issuer="BỘ GIÁO DỤC VÀ ĐÀO TẠO", number="1611/KH-BGDĐT", place="Hà Nội", date="2022-11-15", kind="KẾ HOẠCH",
 title="TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI NĂM 2022 ĐỐI VỚI GIÁO DỤC MẦM NON", bases=["1521/KH-BGDĐT"])

add("https://vanbanphapluat.co/quyet-dinh-31-2005-qd-bgd-dt-dieu-kien-toi-thieu-cho-cac-lop-mam-non-mau-giao-nhom-tre-doc-lap-nhieu-kho-khan-o-noi-khong-thanh-lap-truong", """
BỘ GIÁO DỤC VÀ ĐÀO TẠO
******

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
********

Số: 31/2005/QĐ-BGD&ĐT

Hà Nội, ngày 20 tháng 10 năm 2005 

 

QUYẾT ĐỊNH
BAN HÀNH QUY ĐỊNH ĐIỀU KIỆN TỐI THIỂU CHO CÁC LỚP MẦM NON, LỚP MẪU GIÁO VÀ NHÓM TRẺ ĐỘC LẬP CÓ NHIỀU KHÓ KHĂN Ở NHỮNG NƠI KHÔNG ĐỦ ĐIỀU KIỆN THÀNH LẬP TRƯỜNG MẦM NON

BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO

Căn cứ Nghị định số 86/2002/NĐ-CP ngày 05/11/2002 của Chính phủ;
Căn cứ Nghị định số 85/2003/NĐ-CP ngày 18/7/2003 của Chính phủ;
Căn cứ Quyết định số 27/2000/QĐ-BGD&ĐT ngày 20/7/2000 của Bộ trưởng Bộ Giáo dục và Đào tạo về việc ban hành Điều lệ trường Mầm non;
""", issuer="BỘ GIÁO DỤC VÀ ĐÀO TẠO", number="31/2005/QĐ-BGD&ĐT", place="Hà Nội", date="2005-10-20", kind="QUYẾT ĐỊNH",
 title="BAN HÀNH QUY ĐỊNH ĐIỀU KIỆN TỐI THIỂU CHO CÁC LỚP MẦM NON, LỚP MẪU GIÁO VÀ NHÓM TRẺ ĐỘC LẬP CÓ NHIỀU KHÓ KHĂN Ở NHỮNG NƠI KHÔNG ĐỦ ĐIỀU KIỆN THÀNH LẬP TRƯỜNG MẦM NON",
 bases=["86/2002/NĐ-CP","85/2003/NĐ-CP","27/2000/QĐ-BGD&ĐT"])

add("https://quangthai.thuathienhue.gov.vn/?gd=4&cn=97&tc=25688", """
QUYẾT ĐỊNH

Về việc công nhận Gia đình văn hóa năm 2020

 

 
   

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ

 

          Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị định số 122/2018/NĐ-CP ngày 17/9/2018 của Chính phủ quy định về xét tặng danh hiệu “Gia đình văn hóa”;

Căn cứ hướng dẫn số 189/HD-BCĐ ngày 23 tháng 9 năm 2020 của Ban chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” huyện.

Xét đề nghị của Công chức văn phòng Thống kê UBND xã,

 

QUYẾT ĐỊNH:
""", kind="QUYẾT ĐỊNH", title="Về việc công nhận Gia đình văn hóa năm 2020", bases=["122/2018/NĐ-CP","189/HD-BCĐ"])

add("https://hethongphapluat.vn/quyet-dinh-1167-qd-ubnd-nam-2013-ve-quy-che-xet-khen-thuong-phong-trao-chung-suc-xay-dung-nong-thon-moi-tren-dia-ban-tinh-son-la-giai-doan-2011-2015.html", """
UỶ BAN NHÂN DÂN
TỈNH SƠN LA
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 1167/QĐ-UBND

Sơn La, ngày 13 tháng 6 năm 2013

 

QUYẾT ĐỊNH

BAN HÀNH QUY CHẾ XÉT KHEN THƯỞNG PHONG TRÀO "CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI" TRÊN ĐỊA BÀN TỈNH SƠN LA, GIAI ĐOẠN 2011 - 2015

ỦY BAN NHÂN DÂN TỈNH SƠN LA

Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;

Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010 của Chính phủ;

Căn cứ Quyết định số 491/QĐ-TTg ngày 16 tháng 4 năm 2009 của Thủ tướng Chính phủ;

Căn cứ Quyết định số 800/QĐ-TTg ngày 04 tháng 6 năm 2010 của Thủ tướng Chính phủ;

Căn cứ Quyết định số 1620/QĐ-TTg ngày 20 tháng 9 năm 2011 của Thủ tướng Chính phủ;

Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 212/TTr-SNV ngày 27 tháng 5 năm 2013,
""", issuer="UỶ BAN NHÂN DÂN TỈNH SƠN LA", number="1167/QĐ-UBND", place="Sơn La", date="2013-06-13", kind="QUYẾT ĐỊNH",
 title='BAN HÀNH QUY CHẾ XÉT KHEN THƯỞNG PHONG TRÀO "CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI" TRÊN ĐỊA BÀN TỈNH SƠN LA, GIAI ĐOẠN 2011 - 2015',
 bases=["42/2010/NĐ-CP","491/QĐ-TTg","800/QĐ-TTg","1620/QĐ-TTg"])

add("https://vanbanphapluat.co/nghi-quyet-653-2019-ubtvqh14-sap-xep-cac-don-vi-hanh-chinh-cap-huyen-xa-giai-doan-2019-2021", """
ỦY BAN THƯỜNG VỤ
QUỐC HỘI
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Nghị quyết số: 653/2019/UBTVQH14

Hà Nội, ngày 12 tháng 3 năm 2019

 

NGHỊ QUYẾT

VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ TRONG GIAI ĐOẠN 2019 - 2021

ỦY BAN THƯỜNG VỤ QUỐC HỘI

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;

Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13;

Căn cứ Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương Đảng khóa XII và Nghị quyết số 37-NQ/TW ngày 24 tháng 12 năm 2018 của Bộ Chính trị;

Căn cứ Nghị quyết số 56/2017/QH14 ngày 24 tháng 11 năm 2017 của Quốc hội;

QUYẾT NGHỊ:
""", issuer="ỦY BAN THƯỜNG VỤ QUỐC HỘI", number="653/2019/UBTVQH14", place="Hà Nội", date="2019-03-12", kind="NGHỊ QUYẾT",
 title="VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ TRONG GIAI ĐOẠN 2019 - 2021",
 bases=["57/2014/QH13","77/2015/QH13","18-NQ/TW","37-NQ/TW","56/2017/QH14"])

add("https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Nghi-quyet-42-NQ-HDND-2016-phat-trien-cong-nghe-thong-tin-Quang-Nam-409251.aspx?tab=7", """
HỘI ĐỒNG
NHÂN DÂN
TỈNH QUẢNG NAM
--------
|
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 42/NQ-HĐND
|
Quảng Nam,
ngày 08 tháng 12 năm 2016
|
NGHỊ QUYẾT
PHÁT TRIỂN CÔNG NGHỆ THÔNG TIN TỈNH QUẢNG NAM ĐẾN NĂM 2020
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM
KHÓA IX, KỲ HỌP THỨ 3
Căn cứ Luật Tổ chức chính quyền địa phương
ngày 19/6/2015;
Căn cứ Luật Công nghệ thông tin ngày
29/6/2006;
Căn cứ Nghị quyết số 26/NQ-CP ngày 15/4/2015
của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 36-NQ/TW
ngày 01/7/2014 của Bộ Chính trị (khóa XI);
Căn cứ Nghị quyết số 36a/NQ-CP ngày
14/10/2015 của Chính phủ về Chính phủ điện tử;
Sau khi xem xét Đề án kèm theo Tờ trình số
5772/TTr-UBND ngày 18/11/2016 của Ủy ban nhân dân tỉnh,
QUYẾT NGHỊ:
""", issuer="HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM", number="42/NQ-HĐND", place="Quảng Nam", date="2016-12-08", kind="NGHỊ QUYẾT",
 title="PHÁT TRIỂN CÔNG NGHỆ THÔNG TIN TỈNH QUẢNG NAM ĐẾN NĂM 2020", bases=["26/NQ-CP","36-NQ/TW","36a/NQ-CP"])

add("https://vanbanphapluat.co/quyet-dinh-1185-qd-ubnd-2015-to-chuc-hoat-dong-cong-thong-tin-ho-tro-doanh-nghiep-quang-nam", """
UỶ BAN NHÂN DÂN
TỈNH QUẢNG NAM
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 1185/QĐ-UBND

Quảng Nam, ngày 06 tháng 4 năm 2015

 

QUYẾT ĐỊNH

BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỔNG THÔNG TIN HỖ TRỢ DOANH NGHIỆP TỈNH QUẢNG NAM

ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM

Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;

Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn
2011 - 2020;

Căn cứ Quyết định số 1009/QĐ-UBND ngày 29/3/2012 của UBND tỉnh Quảng Nam;

Căn cứ Kế hoạch hành động số 2479/KH-UBND ngày 01/7/2014 của UBND tỉnh Quảng Nam;

Theo đề nghị của Trưởng Ban Xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh Quảng Nam tại Tờ trình số 73/TTr-BXTĐT ngày 05/3/2015,
""", issuer="UỶ BAN NHÂN DÂN TỈNH QUẢNG NAM", number="1185/QĐ-UBND", place="Quảng Nam", date="2015-04-06", kind="QUYẾT ĐỊNH",
 title="BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỔNG THÔNG TIN HỖ TRỢ DOANH NGHIỆP TỈNH QUẢNG NAM", bases=["30c/NQ-CP","1009/QĐ-UBND","2479/KH-UBND"])

add("https://hethongphapluat.com/ke-hoach-2119-kh-ubnd-giam-sat-danh-gia-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-xay-dung-nong-thon-moi-tren-dia-ban-tinh-quang-nam-nam-2024.html", """
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 2119/KH-UBND

Quảng Nam, ngày 27 tháng 3 năm 2024

 

KẾ HOẠCH

GIÁM SÁT, ĐÁNH GIÁ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI TRÊN ĐỊA BÀN TỈNH QUẢNG NAM NĂM 2024

Thực hiện Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ; Nghị định số 38/2023/NĐ-CP ngày 24/6/2023 của Chính phủ; Thông tư số 05/2022/TT-BNNPTNT ngày 25/7/2022 của Bộ Nông nghiệp và PTNT và Kế hoạch số 648/KH-UBND ngày 25/01/2024 của UBND tỉnh; UBND tỉnh Quảng Nam ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
""", issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", number="2119/KH-UBND", place="Quảng Nam", date="2024-03-27", kind="KẾ HOẠCH",
 title="GIÁM SÁT, ĐÁNH GIÁ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI TRÊN ĐỊA BÀN TỈNH QUẢNG NAM NĂM 2024",
 bases=["27/2022/NĐ-CP","38/2023/NĐ-CP","05/2022/TT-BNNPTNT","648/KH-UBND"])

add("https://thuviennhadat.vn/vbpl/ke-hoach-4544-kh-ubnd-2023-giam-sat-danh-gia-chuong-trinh-giam-ngheo-ben-vung-quang-nam-576882.html", """
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 4544/KH-UBND
|
Quảng Nam, ngày
13 tháng 7 năm 2023
|
KẾ HOẠCH
GIÁM SÁT, ĐÁNH GIÁ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA
GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN TỈNH QUẢNG NAM NĂM 2023
Thực hiện Nghị định số
27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ; Quyết định số 90/QĐ-TTg ngày
18/01/2022 của Thủ tướng Chính phủ; Thông tư số 10/2022/TT-BLĐTBXH ngày
31/5/2022 của Bộ Lao động - Thương binh và Xã hội. Trên cơ sở Kế hoạch số 6103/KH-UBND ngày 16/9/2022 của UBND tỉnh; UBND tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH,
YÊU CẦU
""", issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", number="4544/KH-UBND", place="Quảng Nam", date="2023-07-13", kind="KẾ HOẠCH",
 title="GIÁM SÁT, ĐÁNH GIÁ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN TỈNH QUẢNG NAM NĂM 2023",
 bases=["27/2022/NĐ-CP","90/QĐ-TTg","10/2022/TT-BLĐTBXH","6103/KH-UBND"])

add("https://thuvienphapluat.vn/van-ban/Dau-tu/Quyet-dinh-216-QD-UBND-2023-thuc-hien-Nghi-quyet-41-2022-NQ-HDND-Quang-Nam-553492.aspx", """
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 216/QĐ-UBND
|
Quảng Nam, ngày 06 tháng 02 năm 2023
|
QUYẾT ĐỊNH
VỀ VIỆC TRIỂN KHAI THỰC HIỆN NGHỊ
QUYẾT SỐ 41/2022/NQ-HĐND NGÀY 09/12/2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ QUY ĐỊNH
CƠ CHẾ LỒNG GHÉP NGUỒN VỐN TRONG CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA
TRÊN ĐỊA BÀN TỈNH QUẢNG NAM GIAI ĐOẠN 2021 - 2025
ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
Căn
cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
Căn
cứ Luật Đầu tư công ngày 13/6/2019;
Căn
cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ;
Căn
cứ Nghị quyết số 41/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh;
Theo
đề nghị của Sở Kế hoạch và Đầu tư tại Tờ trình số 08/TTr-SKHĐT ngày 18/01/2023.
QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", number="216/QĐ-UBND", place="Quảng Nam", date="2023-02-06", kind="QUYẾT ĐỊNH",
 title="VỀ VIỆC TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 41/2022/NQ-HĐND NGÀY 09/12/2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ QUY ĐỊNH CƠ CHẾ LỒNG GHÉP NGUỒN VỐN TRONG CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA TRÊN ĐỊA BÀN TỈNH QUẢNG NAM GIAI ĐOẠN 2021 - 2025",
 bases=["27/2022/NĐ-CP","41/NQ-HĐND"])

add("https://thuvienphapluat.vn/van-ban/Thuong-mai/Chi-thi-06-CT-UBND-2020-xay-dung-Ke-hoach-phat-trien-kinh-te-xa-hoi-tinh-Quang-Ngai-2020-2025-443064.aspx?ac=emails", """
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 06/CT-UBND
|
Quảng Ngãi, ngày 24 tháng 4 năm 2020
|
CHỈ THỊ
VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021-2025 TỈNH
QUẢNG NGÃI
Thực hiện Nghị quyết Đại hội đại biểu
Đảng bộ tỉnh lần thứ XIX và Nghị quyết số 19/2015/NQ-HĐND ngày 14/12/2015 của Hội
đồng nhân dân tỉnh Quảng Ngãi khóa XI về Kế hoạch phát triển kinh tế - xã hội 5 năm 2016-2020, nhiệm vụ đặt ra trong giai đoạn 2021-2025 rất nặng nề.
""", issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", number="06/CT-UBND", place="Quảng Ngãi", date="2020-04-24", kind="CHỈ THỊ",
 title="VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021-2025 TỈNH QUẢNG NGÃI", bases=["19/2015/NQ-HĐND"])

add("https://hethongphapluat.vn/quyet-dinh-4314-qd-ubnd-nam-2019-ve-ke-hoach-thuc-hien-chuyen-doi-nghe-cho-ngu-dan-co-hoat-dong-cam-khai-thac-thuy-san-tren-dia-ban-tinh-binh-dinh.html", """
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 4314/QĐ-UBND | Bình Định, ngày 20 tháng 11 năm 2019 |
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
Căn cứ Luật Thủy sản ngày 21/11/2017;
Xét đề nghị của Sở Nông nghiệp và PTNT tại Tờ trình số 350/TTr-SNN ngày 18/11/2019,
QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN", number="4314/QĐ-UBND", place="Bình Định", date="2019-11-20")

add("https://luatminhkhue.vn/quyet-dinh-37-2009-qd-ubnd-bo-sung-gia-dat-de-tinh-don-gia-cho-thue-dat-tai-khu-cong-nghiep-hoa-hoi-do-uy-ban-nhan-dan-tinh-binh-dinh-ban-hanh.aspx", """
ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 37/2009/QĐ-UBND

Quy Nhơn, ngày 04 tháng 9 năm 2009

QUYẾT ĐỊNH

VỀVIỆC BỔ SUNG GIÁ ĐẤT ĐỂ TÍNH ĐƠN GIÁ CHO THUÊ ĐẤT TẠI KCN HÒA HỘI

ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức HĐND vàUBND ngày 26/11/2003;
Căn cứ Công văn số 59/HĐND ngày 24/8/2009 của HĐND tỉnh;
Căn cứ Quyết định số 44/2008/QĐ-UBND ngày 31/12/2008 của UBND tỉnh;
Xét đề nghị của Trưởngban Ban Quản lý Khu kinh tế tại Công văn số 199/BQL ngày 10/8/2009,

QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", number="37/2009/QĐ-UBND", place="Quy Nhơn", date="2009-09-04", kind="QUYẾT ĐỊNH",
 title="VỀVIỆC BỔ SUNG GIÁ ĐẤT ĐỂ TÍNH ĐƠN GIÁ CHO THUÊ ĐẤT TẠI KCN HÒA HỘI", bases=["59/HĐND","44/2008/QĐ-UBND"])

add("https://ls1.hethongphapluat.com/quyet-dinh-30-2016-qd-ubnd-nguyen-tac-tieu-chi-va-dinh-muc-phan-bo-von-dau-tu-phat-trien-nguon-ngan-sach-nha-nuoc-tinh-hai-duong-giai-doan-2016-2020.html", """
ỦY BAN NHÂN DÂN
TỈNH HẢI DƯƠNG
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 30/2016/QĐ-UBND

Hải Dương, ngày 01 tháng 11 năm 2016

 

QUYẾT ĐỊNH

BAN HÀNH CÁC NGUYÊN TẮC, TIÊU CHÍ VÀ ĐỊNH MỨC PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN NGUỒN NGÂN SÁCH NHÀ NƯỚC TỈNH HẢI DƯƠNG GIAI ĐOẠN 2016-2020

ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Luật Đầu tư công số 49/2014/QH13 ngày 18 tháng 6 năm 2014;

Căn cứ Luật Ngân sách nhà nước số 01/2002/QH11 ngày 16 tháng 12 năm 2002; số 83/2015/QH13 ngày 25 tháng 6 năm 2015;

Căn cứ Quyết định số 40/2015/QĐ-TTg ngày 14 tháng 9 năm 2015 của Thủ tướng Chính phủ;

Căn cứ Nghị quyết số 14/2016/NQ-HĐND ngày 05/10/2016 của Hội đồng nhân dân tỉnh Hải Dương;

Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư,
""", issuer="ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG", number="30/2016/QĐ-UBND", place="Hải Dương", date="2016-11-01", kind="QUYẾT ĐỊNH",
 title="BAN HÀNH CÁC NGUYÊN TẮC, TIÊU CHÍ VÀ ĐỊNH MỨC PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN NGUỒN NGÂN SÁCH NHÀ NƯỚC TỈNH HẢI DƯƠNG GIAI ĐOẠN 2016-2020",
 bases=["49/2014/QH13","01/2002/QH11","83/2015/QH13","40/2015/QĐ-TTg","14/2016/NQ-HĐND"])

add("http://hethongphapluat.com/quyet-dinh-1927-qd-ubnd-nam-2021-phe-duyet-de-an-ho-tro-phat-trien-san-xuat-cho-ho-ngheo-tren-dia-ban-huyen-dam-rong-giai-doan-2021-2025-do-tinh-lam-dong-ban-hanh.html", """
ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 1927/QĐ-UBND

Lâm Đồng, ngày 23 tháng 7 năm 2021

 

QUYẾT ĐỊNH

PHÊ DUYỆT ĐỀ ÁN HỖ TRỢ PHÁT TRIỂN SẢN XUẤT CHO HỘ NGHÈO TRÊN ĐỊA BÀN HUYỆN ĐAM RÔNG GIAI ĐOẠN 2021-2025

ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;

Căn cứ Nghị quyết số 12/NQ-CP ngày 15/02/2020 của Chính phủ về việc triển khai Nghị quyết số 88/2019/QH14 của Quốc hội;

Căn cứ các Nghị quyết của Hội đồng nhân dân tỉnh: số 82/2018/NQ-HDND ngày 11/7/2018; số 186/2020/NQ-HĐND ngày 15/7/2020;

Xét đề nghị của Chủ tịch UBND huyện Đam Rông tại Tờ trình số 45/TTr-UBND ngày 12/3/2021.
""", issuer="ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", number="1927/QĐ-UBND", place="Lâm Đồng", date="2021-07-23", kind="QUYẾT ĐỊNH",
 title="PHÊ DUYỆT ĐỀ ÁN HỖ TRỢ PHÁT TRIỂN SẢN XUẤT CHO HỘ NGHÈO TRÊN ĐỊA BÀN HUYỆN ĐAM RÔNG GIAI ĐOẠN 2021-2025",
 bases=["12/NQ-CP","88/2019/QH14","82/2018/NQ-HDND","186/2020/NQ-HĐND"])

add("https://thuviennhadat.vn/vbpl/quyet-dinh-61-2003-qd-ub-duyet-quy-hoach-phat-trien-su-nghiep-the-duc-the-thao-lam-dong-228475.html", """
ỦY
BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
--------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
61/2003/QĐ-UB
|
Đà
Lạt, ngày 08 tháng 05 năm 2003
|
V/V PHÊ DUYỆT DỰ ÁN “QUY HOẠCH PHÁT TRIỂN SỰ NGHIỆP THỂ DỤC
THỂ THAO TỈNH LÂM ĐỒNG ĐẾN NĂM 2010 VÀ NHỮNG NĂM TIẾP THEO”
ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
- Căn cứ Luật tổ chức HĐND và UBND (sửa đổi)
ngày 21/6/1994 ;
- Căn cứ Nghị định 52/1999/NĐ-CP ngày
08/07/1999, Nghị định 12/2000/NĐ-CP ngày 05/05/2000 và Nghị định 07/2003/NĐ-CP
ngày 30/01/2003 của Chính phủ;
- Căn cứ quyết định số 57/2002/QĐ-TTg ngày
26/4/2002 của Thủ tướng Chính phủ;
- Căn cứ chỉ thị số 21 -CT/TU ngày 18/11/2002
của Ban Thường vụ Tỉnh uỷ Lâm Đồng;
- Xét Tờ trình số 353TT-KHĐT ngày 24/04/2003 của
Sở Kế hoạch và đầu tư;
QUYẾT ĐỊNH
""", issuer="ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", number="61/2003/QĐ-UB", place="Đà Lạt", date="2003-05-08",
 title="PHÊ DUYỆT DỰ ÁN “QUY HOẠCH PHÁT TRIỂN SỰ NGHIỆP THỂ DỤC THỂ THAO TỈNH LÂM ĐỒNG ĐẾN NĂM 2010 VÀ NHỮNG NĂM TIẾP THEO”",
 bases=["52/1999/NĐ-CP","12/2000/NĐ-CP","07/2003/NĐ-CP","57/2002/QĐ-TTg","21-CT/TU"])

add("https://luatminhkhue.vn/quyet-dinh-1502-qd-ubnd-nam-2013-dieu-chinh-quyet-dinh-872-qd-ubnd-ve-ke-hoach-thuc-hien-tai-canh--cai-tao-giong-ca-phe-tren-dia-ban-tinh-lam-dong-giai-doan-2013-2015.aspx", """
ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 1502/QĐ-UBND

Lâm Đồng, ngày 14 tháng 08 năm 2013

QUYẾT ĐỊNH

ĐIỀUCHỈNH QUYẾT ĐỊNH SỐ 872/QĐ-UBND NGÀY 09/5/2013 CỦA UBND TỈNH VỀ KẾ HOẠCH TÁICANH, CẢI TẠO GIỐNG CÀ PHÊ TỈNH LÂM ĐỒNG GIAI ĐOẠN 2013-2015

ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG

Căn cứ Luật Tổ chức HĐND và UBNDngày 26/11/2003;

Căn cứ Biên bản ghi nhớ ngày12/4/2013 giữa Ủy ban nhân dân tỉnh Lâm Đồng và Ngân hàng Nông nghiệp và Pháttriển nông thôn Việt Nam;

Tiếp theo Quyết định số872/QĐ-UBND ngày 09/5/2013 của UBND tỉnh,

QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", number="1502/QĐ-UBND", place="Lâm Đồng", date="2013-08-14", kind="QUYẾT ĐỊNH",
 title="ĐIỀUCHỈNH QUYẾT ĐỊNH SỐ 872/QĐ-UBND NGÀY 09/5/2013 CỦA UBND TỈNH VỀ KẾ HOẠCH TÁICANH, CẢI TẠO GIỐNG CÀ PHÊ TỈNH LÂM ĐỒNG GIAI ĐOẠN 2013-2015")

add("https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Chi-thi-07-CT-UBND-2023-chan-chinh-le-loi-lam-viec-tang-cuong-ky-luat-cac-co-quan-Lam-Dong-585446.aspx?tab=2", """
ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 07/CT-UBND
|
Lâm Đồng, ngày 26
tháng 4 năm 2023
|
CHỈ THỊ
VỀ
VIỆC CHẤN CHỈNH LỀ LỐI LÀM VIỆC, TĂNG CƯỜNG KỶ LUẬT, KỶ CƯƠNG HÀNH CHÍNH, NÂNG
CAO VAI TRÒ, TRÁCH NHIỆM, CHẤT LƯỢNG, HIỆU QUẢ GIẢI QUYẾT CÔNG VIỆC VÀ THAM MƯU
CỦA CÁC CƠ QUAN, ĐỊA PHƯƠNG, ĐƠN VỊ TRÊN ĐỊA BÀN TỈNH
Trong thời gian qua, các sở, ban, ngành, địa phương, cơ quan, đơn vị thuộc tỉnh đã có nhiều chuyển biến.
""", issuer="ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", number="07/CT-UBND", place="Lâm Đồng", date="2023-04-26", kind="CHỈ THỊ",
 title="VỀ VIỆC CHẤN CHỈNH LỀ LỐI LÀM VIỆC, TĂNG CƯỜNG KỶ LUẬT, KỶ CƯƠNG HÀNH CHÍNH, NÂNG CAO VAI TRÒ, TRÁCH NHIỆM, CHẤT LƯỢNG, HIỆU QUẢ GIẢI QUYẾT CÔNG VIỆC VÀ THAM MƯU CỦA CÁC CƠ QUAN, ĐỊA PHƯƠNG, ĐƠN VỊ TRÊN ĐỊA BÀN TỈNH")

add("https://thuvienluat.bepro.vn/product/quyet-dinh-1155-qd-ttg-2016-phe-duyet-quy-hoach-xay-dung-vung-tinh-lam-dong-den-nam-2035", """
THỦ TƯỚNG CHÍNH PHỦ
——- Số: 1155/QĐ-TTg
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc ————— Hà Nội, ngày 28 tháng 06 năm 2016
|
QUYẾT ĐỊNH
PHÊ DUYỆT NHIỆM VỤ QUY HOẠCH XÂY DỰNG VÙNG TỈNH LÂM ĐỒNG
ĐẾN NĂM 2035 VÀ TẦM NHÌN ĐẾN NĂM 2050
——————–
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Luật xây dựng ngày 18 tháng 6 năm 2014;
Căn cứ Nghị định số 44/2015/NĐ-CP ngày 06 tháng 5 năm 2015 của Chính phủ;
Xét đề nghị của Ủy ban nhân dân tỉnh Lâm Đồng và báo cáo thẩm định của Bộ Xây dựng,
QUYẾT ĐỊNH:
""", issuer="THỦ TƯỚNG CHÍNH PHỦ", number="1155/QĐ-TTg", place="Hà Nội", date="2016-06-28", kind="QUYẾT ĐỊNH",
 title="PHÊ DUYỆT NHIỆM VỤ QUY HOẠCH XÂY DỰNG VÙNG TỈNH LÂM ĐỒNG ĐẾN NĂM 2035 VÀ TẦM NHÌN ĐẾN NĂM 2050", bases=["44/2015/NĐ-CP"])

add("https://vanbanphapluat.co/ke-hoach-5491-kh-ubnd-2023-ho-tro-phat-trien-kinh-te-tap-the-lam-dong-2023-2025", """
ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 5491/KH-UBND

Lâm Đồng, ngày 26 tháng 6 năm 2023

KẾ HOẠCH

HỖ TRỢ PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG, GIAI ĐOẠN 2023 - 2025

Để triển khai thực hiện hiệu quả Quyết định số 1804/QĐ-TTg ngày 13/11/2020 của Thủ tướng Chính phủ; Kế hoạch số 5301/KH-UBND ngày 19/6/2023 của UBND tỉnh thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng (khóa XIII); trên cơ sở đề xuất của Sở Kế hoạch và Đầu tư tại Văn bản số 1266/KHĐT-ĐKKD ngày 13/6/2023, UBND tỉnh ban hành Kế hoạch với những nội dung sau:

I. MỤC ĐÍCH, YÊU CẦU
""", issuer="ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", number="5491/KH-UBND", place="Lâm Đồng", date="2023-06-26", kind="KẾ HOẠCH",
 title="HỖ TRỢ PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG, GIAI ĐOẠN 2023 - 2025",
 bases=["1804/QĐ-TTg","5301/KH-UBND","20-NQ/TW","1266/KHĐT-ĐKKD"])

add("https://thuviennhadat.vn/vbpl/ke-hoach-258-kh-ubnd-2021-thuc-hien-de-an-trong-mot-ty-cay-xanh-tinh-lao-cai-481338.html", """
ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
258/KH-UBND
|
Lào Cai, ngày 07 tháng 06 năm 2021
|
KẾ HOẠCH
TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “TRỒNG MỘT TỶ CÂY XANH GIAI ĐOẠN 2021-2025”
TRÊN ĐỊA BÀN TỈNH LÀO CAI
Thực hiện Quyết định số
524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ; Kế hoạch số 2616/KH-BNN-TCLN ngày 07/5/2021 của
Bộ Nông nghiệp và PTNT. UBND tỉnh Lào Cai ban hành Kế hoạch triển khai thực hiện Đề án trên địa bàn tỉnh, cụ thể như sau:
I. QUAN ĐIỂM,
MỤC TIÊU, YÊU CẦU
""", issuer="ỦY BAN NHÂN DÂN TỈNH LÀO CAI", number="258/KH-UBND", place="Lào Cai", date="2021-06-07", kind="KẾ HOẠCH",
 title="TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “TRỒNG MỘT TỶ CÂY XANH GIAI ĐOẠN 2021-2025” TRÊN ĐỊA BÀN TỈNH LÀO CAI", bases=["524/QĐ-TTg","2616/KH-BNN-TCLN"])

add("https://hethongphapluat.com/quyet-dinh-881-qd-ubnd-ve-ke-hoach-thuc-hien-nghi-quyet-02-nq-cp-ve-tiep-tuc-thuc-hien-nhung-nhiem-vu-giai-phap-chu-yeu-cai-thien-moi-truong-kinh-doanh-nang-cao-nang-luc-canh-tranh-quoc-gia-nam-2019-va-dinh-huong-den-nam-2021-tr.html", """
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 881/QĐ-UBND | Đà Nẵng, ngày 25 tháng 02 năm 2019 |
ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
Triển khai thực hiện Nghị quyết số 02/NQ-CP ngày 01/01/2019 của Chính phủ;
Xét đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Công văn số 293/SKHĐT-DN ngày 31/01/2019,
QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN", number="881/QĐ-UBND", place="Đà Nẵng", date="2019-02-25", bases=["02/NQ-CP"])

add("https://luatminhkhue.vn/cong-van-919-cp-cn-xin-bo-sung-cau-thuan-phuoc-vao-do-an-dieu-chinh-vao-quy-hoach-chung-thanh-pho-da-nang.aspx", """
CHÍNH PHỦ
********

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
********

Số: 919/CP-CN
V/v Xin bổ sung cầu Thuận Phước vào Đồ án điều chỉnh QHC TP Đà Nẵng

Hà Nội, ngày 09 tháng 7 năm 2003

Kính gửi:

- Bộ Xây Dựng
- Uỷ ban nhân dân Đà Nẵng

Xét đề nghị của Uỷ ban nhân dân TP Đà Nẵng (công văn số 2096/TT-UB ngày 09 tháng 6 năm 2003), Thủ tướng Chính phủ có ý kiến như sau:
""", issuer="CHÍNH PHỦ", number="919/CP-CN", place="Hà Nội", date="2003-07-09", kind="CÔNG VĂN",
 title="Xin bổ sung cầu Thuận Phước vào Đồ án điều chỉnh QHC TP Đà Nẵng")

add("https://luatminhkhue.vn/nghi-quyet-62-2007-nq-hdnd.aspx", """
HĐND THÀNH PHỐ ĐÀ NẴNG
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 7 tháng 12 năm 2007

NGHỊ QUYẾT

Về việc điều chỉnh địa giới hành chính một số phường

có xâm canh, xâm cư thuộc thành phố Đà Nẵng

__________________

HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG

NHIỆM KỲ 2004-2009, KHOÁ VII, KỲ HỌP THỨ 10

Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;

Căn cứ Quyết định số 64B/HĐBT ngày 12 tháng 09 năm 1981 của Hội đồng Bộ trưởng;

Sau khi nghe Tờ trình số 5658/TTr – UBND ngày 25 tháng 10 năm 2007 của UBND thành phố Đà Nẵng,

QUYẾT NGHỊ:
""", issuer="HĐND THÀNH PHỐ ĐÀ NẴNG", place="Hà Nội", date="2007-12-07", kind="NGHỊ QUYẾT",
 title="Về việc điều chỉnh địa giới hành chính một số phường có xâm canh, xâm cư thuộc thành phố Đà Nẵng", bases=["64B/HĐBT"])

add("https://hethongphapluat.vn/quyet-dinh-228-cp-nam-1977-thanh-lap-thanh-pho-da-nang-thuoc-tinh-quang-nam-da-nang-do-hoi-dong-chinh-phu-ban-hanh.html", """
HỘI ĐỒNG CHÍNH PHỦ
******

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
*******

Số: 228-CP

Hà Nội, ngày 30 tháng 08 năm 1977

 

QUYẾT ĐỊNH

VỀ VIỆC THÀNH LẬP THÀNH PHỐ ĐÀ NẴNG THUỘC TỈNH QUẢNG NAM – ĐÀ NẴNG

HỘI ĐỒNG CHÍNH PHỦ

Căn cứ vào điều 74 của Hiến pháp năm 1959 quy định nhiệm vụ, quyền hạn của Hội đồng Chính phủ;
Theo đề nghị của Ban tổ chức của Chính phủ và của Ủy ban nhân dân tỉnh Quảng Nam – Đà Nẵng,

QUYẾT ĐỊNH:
""", issuer="HỘI ĐỒNG CHÍNH PHỦ", number="228-CP", place="Hà Nội", date="1977-08-30", kind="QUYẾT ĐỊNH",
 title="VỀ VIỆC THÀNH LẬP THÀNH PHỐ ĐÀ NẴNG THUỘC TỈNH QUẢNG NAM – ĐÀ NẴNG")

add("https://phapluatcongdong.vn/van-ban/quyet-dinh-186-qd-ubnd-ban-hanh-tinh-an-giang-nam-2018-p102743.htm", """
ỦY BAN NHÂN DÂN
TỈNH AN GIANG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 186/QĐ-UBND

An Giang, ngày 26 tháng 01 năm 2018

 

QUYẾT ĐỊNH

PHÊ DUYỆT “DỰ ÁN HỖ TRỢ CƠ GIỚI HÓA, TỰ ĐỘNG HÓA TRONG SẢN XUẤT THỦY SẢN TỈNH AN GIANG GIAI ĐOẠN 2018-2020”

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG

Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Nghị quyết số 09-NQ/TU ngày 27 tháng 6 năm 2012 của Ban Chấp hành Đảng bộ tỉnh An Giang;

Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010 giữa Bộ Tài chính và Bộ Nông nghiệp và PTNT;

Căn cứ Quyết định số 2163/QĐ-UBND ngày 29 tháng 11 năm 2012 của UBND tỉnh An Giang;
""", issuer="ỦY BAN NHÂN DÂN TỈNH AN GIANG", number="186/QĐ-UBND", place="An Giang", date="2018-01-26", kind="QUYẾT ĐỊNH",
 title="PHÊ DUYỆT “DỰ ÁN HỖ TRỢ CƠ GIỚI HÓA, TỰ ĐỘNG HÓA TRONG SẢN XUẤT THỦY SẢN TỈNH AN GIANG GIAI ĐOẠN 2018-2020”",
 bases=["09-NQ/TU","183/2010/TTLT/BTC-BNN","2163/QĐ-UBND"])

add("https://vanbanphapluat.co/quyet-dinh-119-qd-ubnd-bo-sung-thu-tuc-hanh-chinh", """
ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 119/QĐ-UBND

Bắc Giang, ngày 23 tháng 11 năm 2009

 

QUYẾT ĐỊNH

VỀ VIỆC BỔ SUNG TTHC VÀO BỘ THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ THÔNG TIN VÀ TRUYỀN THÔNG

ỦY BAN NHÂN DÂN TỈNH BẮC GIANG

Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;

Căn cứ Công văn 285/CCTTHC ngày 08 tháng 9 năm 2009 của Tổ công tác chuyên trách cải cách thủ tục hành chính của Thủ tướng Chính phủ;

Xét đề nghị Giám đốc Sở Thông tin và Truyền thông,
""", issuer="ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", number="119/QĐ-UBND", place="Bắc Giang", date="2009-11-23", kind="QUYẾT ĐỊNH",
 title="VỀ VIỆC BỔ SUNG TTHC VÀO BỘ THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ THÔNG TIN VÀ TRUYỀN THÔNG", bases=["285/CCTTHC"])

add("https://thuviennhadat.vn/vbpl/quyet-dinh-120-2003-qd-ub-phe-duyet-de-cuong-quy-hoach-phat-trien-nganh-cong-nghiep-tren-dia-ban-tha-34488.html", """
ỦY BAN NHÂN
DÂN
THÀNH PHỐ HỒ CHÍ MINH
********
|
CỘNG HOÀ XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
********
|
Số:
120/2003/QĐ-UB
|
TP Hồ Chí
Minh, ngày 17 tháng 7 năm 2003
|
QUYẾT ĐỊNH
CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ĐỀ CƯƠNG QUY HOẠCH
PHÁT TRIỂN NGÀNH CÔNG NGHIỆP TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH ĐẾN NĂM 2010
ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
Căn cứ Luật tổ chức Hội đồng
nhân dân và Ủyban nhân dân ngày 21 tháng 6 năm 1994 ;
Căn cứ Nghị định số 93/2001/NĐ-CP ngày 12 tháng 12 năm 2001 của Chính phủ;
Căn cứ Công văn số 525/CV-KHĐT ngày 17 tháng 12 năm 2003 của Bộ Công nghiệp;
Căn cứ Chỉ thị số 19/2001/CT/UB ngày 01 tháng 7 năm 2001 của Ủyban nhân dân thành phố;
Căn cứ Quyết định số 60/2003/QĐ-UB ngày 05/5/2003 của Ủyban nhân dân thành phố;
Xét đề nghị của Sở Kế hoạch và Đầu tư tại Tờ trình số 2653/KHĐT-CNDV ngày 07
tháng 7 năm 2003,
QUYẾT ĐỊNH
""", issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", number="120/2003/QĐ-UB", place="TP Hồ Chí Minh", date="2003-07-17", kind="QUYẾT ĐỊNH",
 title="CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ĐỀ CƯƠNG QUY HOẠCH PHÁT TRIỂN NGÀNH CÔNG NGHIỆP TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH ĐẾN NĂM 2010",
 bases=["93/2001/NĐ-CP","525/CV-KHĐT","19/2001/CT/UB","60/2003/QĐ-UB"])

add("https://vbpl.vn/dongthap/Pages/vbpq-toanvan.aspx?ItemID=167214&dvid=246", """
UBND TỈNH ĐỒNG THÁP
Số: 11/2024/QĐ-UBND
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 21 tháng 5 năm 2024

QUYẾT ĐỊNH

Ban hành Quy chế xét tặng danh hiệu “Công dân tiêu biểu Đất Sen Hồng”“Công dân danh dự Đất Sen Hồng”

_________________

 

ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP

 

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;

Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;

Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 1280/TTr-SNV ngày   08 tháng 5 năm 2024.
""", issuer="UBND TỈNH ĐỒNG THÁP", number="11/2024/QĐ-UBND", place="Đồng Tháp", date="2024-05-21", kind="QUYẾT ĐỊNH",
 title="Ban hành Quy chế xét tặng danh hiệu “Công dân tiêu biểu Đất Sen Hồng”“Công dân danh dự Đất Sen Hồng”", bases=["98/2023/NĐ-CP"])

add("https://m.thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Quyet-dinh-714-QD-TTg-tang-thuong-Co-thi-dua-cua-Chinh-phu-66712.aspx", """
THỦ
TƯỚNG CHÍNH PHỦ |
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 714/QĐ-TTg |
Hà Nội, ngày 04 tháng 6 năm 2008 |
QUYẾT ĐỊNH
VỀ VIỆC TẶNG THƯỞNG CỜ THI ĐUA CỦA CHÍNH PHỦ
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ
ngày 25 tháng 12 năm 2001;
Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;
Căn cứ Nghị định số 121/2005/NĐ-CP ngày 30 tháng 9 năm 2005 của Chính phủ;
Xét đề nghị của Chủ tịch Ủy ban nhân dân tỉnh Thái Bình (Tờ trình số 25/TTr-UBND
ngày 24 tháng 4 năm 2008),
QUYẾT ĐỊNH:
""", issuer="THỦ TƯỚNG CHÍNH PHỦ", number="714/QĐ-TTg", place="Hà Nội", date="2008-06-04", kind="QUYẾT ĐỊNH",
 title="VỀ VIỆC TẶNG THƯỞNG CỜ THI ĐUA CỦA CHÍNH PHỦ", bases=["121/2005/NĐ-CP"])

add("https://phapluatcongdong.vn/van-ban/van-ban-khac-187-kh-ubnd-ban-hanh-tinh-thanh-hoa-nam-2017-p110940.htm", """
ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 187/KH-UBND

Thanh Hóa, ngày 19 tháng 10 năm 2017

 

KẾ HOẠCH

THỰC HIỆN ĐỀ ÁN “ĐẨY MẠNH CÔNG TÁC PHỔ BIẾN GIÁO DỤC PHÁP LUẬT VÀ TUYÊN TRUYỀN, VẬN ĐỘNG ĐỒNG BÀO VÙNG DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI GIAI ĐOẠN 2017 - 2021”, TỈNH THANH HÓA.

Thực hiện Quyết định số 1163/QĐ-TTg ngày 08 tháng 8 năm 2017 của Thủ tướng Chính phủ;

Căn cứ Công văn số 808/UBDT-TT ngày 15 tháng 8 năm 2017 của Ủy ban Dân tộc; UBND tỉnh Thanh Hóa ban hành Kế hoạch thực hiện Đề án như sau:
""", issuer="ỦY BAN NHÂN DÂN TỈNH THANH HÓA", number="187/KH-UBND", place="Thanh Hóa", date="2017-10-19", kind="KẾ HOẠCH",
 title="THỰC HIỆN ĐỀ ÁN “ĐẨY MẠNH CÔNG TÁC PHỔ BIẾN GIÁO DỤC PHÁP LUẬT VÀ TUYÊN TRUYỀN, VẬN ĐỘNG ĐỒNG BÀO VÙNG DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI GIAI ĐOẠN 2017 - 2021”, TỈNH THANH HÓA",
 bases=["1163/QĐ-TTg","808/UBDT-TT"])

add("https://hethongphapluat.com/quyet-dinh-4168-qd-ubnd-nam-2021-ve-quy-che-quan-ly-van-hanh-va-su-dung-cong-thong-tin-phong-chong-covid-19-tinh-thanh-hoa.html", """
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 4168/QĐ-UBND | Thanh Hóa, ngày 22 tháng 10 năm 2021 |
ỦY BAN NHÂN DÂN TỈNH THANH HÓA
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
Căn cứ Luật phòng, chống bệnh truyền nhiễm ngày 21/11/2017;
Căn cứ Quyết định số 684-QĐ/TU ngày 27/8/2021 của Tỉnh ủy;
Căn cứ Quyết định số 09-QĐ/BCĐ ngày 31/8/2021 của Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Thanh Hóa;
Căn cứ Quyết định số 3421/QĐ-UBND ngày 02/9/2021 của UBND tỉnh Thanh Hóa;
""", issuer="ỦY BAN NHÂN DÂN", number="4168/QĐ-UBND", place="Thanh Hóa", date="2021-10-22",
 bases=["684-QĐ/TU","09-QĐ/BCĐ","3421/QĐ-UBND"])

add("https://luatminhkhue.vn/quyet-dinh-3398-qd-ubnd-nam-2013-ve-ke-hoach-thuc-hien-de-an--nang-cao-chat-luong-cong-tac-pho-bien--giao-duc-phap-luat-trong-nha-truong--tinh-thanh-hoa-giai-doan-2013-2016.aspx", """
ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
----------------

Số: 3398/QĐ-UBND

Thanh Hóa, ngày 01 tháng 10 năm 2013

QUYẾT ĐỊNH

VỀ VIỆC BAN HÀNH KẾHOẠCH THỰC HIỆN ĐỀ ÁN "NÂNG CAO CHẤT LƯỢNG CÔNG TÁC PHỔ BIẾN, GIÁO DỤCPHÁP LUẬT TRONG NHÀ TRƯỜNG” TỈNH THANH HÓA GIAI ĐOẠN 2013-2016

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA

Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy bannhân dân ngày 26 tháng 11 năm 2003;

Căn cứ Quyết định số 1928/QĐ-TTg ngày 20/11/2009của Thủ tướng Chính phủ;

Căn cứ Quyết định số 409/QĐ-TTg ngày 19/4/2012của Thủ tướng Chính phủ về việc ban hành Chương trình hành động thực hiện Kếtluận số 04-KL/TW ngày 19/4/2011 của Ban Bí thư Trung ương Đảng (khóa XI);

Căn cứ Quyết định số 3222/QĐ-UBND ngày02/10/2012 của Chủ tịch UBND tỉnh Thanh Hóa;

Xét đề nghị của Sở Giáo dục và Đào tạo tại Tờtrình số 1644/TTr-SGDĐT ngày 12/9/2013,
""", issuer="ỦY BAN NHÂN DÂN TỈNH THANH HÓA", number="3398/QĐ-UBND", place="Thanh Hóa", date="2013-10-01", kind="QUYẾT ĐỊNH",
 title='VỀ VIỆC BAN HÀNH KẾHOẠCH THỰC HIỆN ĐỀ ÁN "NÂNG CAO CHẤT LƯỢNG CÔNG TÁC PHỔ BIẾN, GIÁO DỤCPHÁP LUẬT TRONG NHÀ TRƯỜNG” TỈNH THANH HÓA GIAI ĐOẠN 2013-2016',
 bases=["1928/QĐ-TTg","409/QĐ-TTg","04-KL/TW","3222/QĐ-UBND"])

add("https://ls1.hethongphapluat.com/quyet-dinh-1306-qd-ubnd-nam-2015-ve-quy-che-to-chuc-va-hoat-dong-cum-khoi-thi-dua-do-tinh-hoa-binh-ban-hanh.html", """
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 1306/QĐ-UBND | Hòa Bình, ngày 29 tháng 07 năm 2015 |
VỀ VIỆC BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỤM, KHỐI THI ĐUA
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;
Căn cứ Luật thi đua, khen thưởng ngày 26/11/2003;
Căn cứ Nghị định 42/2010/NĐ-CP ngày 15/4/2010 của Chính phủ; Nghị định số 65/2014/NĐ- CP ngày 01/7/2014 của Chính phủ;
Xét đề nghị của Giám đốc Sở Nội vụ tại Công văn số 1486/SNV-TĐKT ngày 14 tháng 7 năm 2015,
QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN", number="1306/QĐ-UBND", place="Hòa Bình", date="2015-07-29",
 title="VỀ VIỆC BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỤM, KHỐI THI ĐUA", bases=["42/2010/NĐ-CP","65/2014/NĐ-CP"])

add("https://luatminhkhue.vn/quyet-dinh-29-2006-qd-ubnd.aspx", """
ỦY BAN NHÂN DÂN TỈNH LÀO CAI
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 4 năm 2006

QUYẾT ĐỊNH

Về việc ban hành Quy định về công tác Thi đua,

khen thưởng trên địa bàn tỉnh Lào Cai

_______________

ỦY BAN NHÂN DÂN TỈNH LÀO CAI

Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;

Căn cứ Nghị định số 121/2005/NĐ-CP ngày 30/9/2005 của Chính phủ về công tác thi đua - khen thưởng;

Căn cứ Hướng dẫn số 56/TĐKT-HD-V1 ngày 12/01/2006 của Ban Thi đua, khen thưởng Trung ương;

Xét đề nghị của Hội đồng Thi đua - Khen thưởng tỉnh,
""", issuer="ỦY BAN NHÂN DÂN TỈNH LÀO CAI", place="Hà Nội", date="2006-04-10", kind="QUYẾT ĐỊNH",
 title="Về việc ban hành Quy định về công tác Thi đua, khen thưởng trên địa bàn tỉnh Lào Cai", bases=["121/2005/NĐ-CP","56/TĐKT-HD-V1"])

add("http://www.vbpl.vn/tw/Pages/vbpq-print.aspx?dvid=13&ItemID=87280", """
QUYẾT ĐỊNH

Về việc tặng thưởng cờ thi đua của Chính phủ

______________________

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;
Căn cứ Nghị định số 121/2005/NĐ-CP ngày 30 tháng 9 năm 2005 của Chính phủ;
Xét đề nghị của Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn (Tờ trình số 02/TTr-UBND ngày 27 tháng 02 năm 2008),

QUYẾT ĐỊNH:
""", kind="QUYẾT ĐỊNH", title="Về việc tặng thưởng cờ thi đua của Chính phủ", bases=["121/2005/NĐ-CP"])

add("http://www.haugiang.gov.vn/Portal/DocView.aspx?pageid=3129&ItemID=198765&mid=7803&pageindex=&siteid=60", """
ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HẬU GIANG Độc lập - Tự do - Hạnh phúc


Số: 328/QĐ-UBND Hậu Giang, ngày 12 tháng 3 năm 2018

QUYẾT ĐỊNH

V/v công nhận danh hiệu Tập thể lao động xuất sắc cho 01 tập thể

thuộc Hội Văn học Nghệ thuật tỉnh

 

CHỦ TỊCH UBND TỈNH HẬU GIANG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ các văn bản hướng dẫn thi hành Luật Thi đua, Khen thưởng: Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ; Thông tư số 08/2017/TT-BNV ngày 27 tháng 10 năm 2017 của Bộ trưởng Bộ Nội vụ;

Xét đề nghị của Giám đốc Sở Nội vụ,

QUYẾT ĐỊNH:
""", issuer="ỦY BAN NHÂN DÂN TỈNH HẬU GIANG", number="328/QĐ-UBND", place="Hậu Giang", date="2018-03-12", kind="QUYẾT ĐỊNH",
 title="công nhận danh hiệu Tập thể lao động xuất sắc cho 01 tập thể thuộc Hội Văn học Nghệ thuật tỉnh", bases=["91/2017/NĐ-CP","08/2017/TT-BNV"])

add("http://tinhdoanhungyen.org.vn/19250-cac-van-ban-chi-dao/van-ban-huong-dan-to-chuc-dai-hoi-hoi-lhtn-viet-nam-cac-cap.html", """
HƯỚNG DẪN
Thực hiện kế hoạch tổ chức Đại hội Hội LHTN Việt Nam các cấp
(nhiệm kỳ 2009- 2014).
Căn cứ Điều lệ Hội LHTN Việt Nam; thực hiện Kế hoạch số 49- KH/TƯH ngày 02/3/2008 của Đoàn Chủ tịch Uỷ ban Trung ương Hội LHTN Việt Nam và Hướng dẫn số 148 HD/TWH ngày 16/9/2008 của Trung ương hội LHTN Việt Nam. Căn cứ Kế hoạch số 05/KH- UBH ngày 28/10/2008 của Uỷ ban Hội LHTN Việt Nam tỉnh. Ban thư ký Uỷ ban Hội LHTN Việt Nam tỉnh Hưng Yên hướng dẫn việc triển khai tổ chức Đại hội Hội LHTN Việt Nam các cấp như sau:
I. VỀ TÊN GỌI CỦA ĐẠI HỘI HỘI CÁC CẤP:
""", kind="HƯỚNG DẪN", title="Thực hiện kế hoạch tổ chức Đại hội Hội LHTN Việt Nam các cấp (nhiệm kỳ 2009- 2014)",
 bases=["49-KH/TƯH","148 HD/TWH","05/KH-UBH"])

add("https://dulichvinhphuc.gov.vn/tin-tuc-su-kien/ke-hoach-to-chuc-ky-niem-90-nam-ngay-thanh-lap-dang-cong-san-viet-nam-321930-a-322020-70-nam-ngay-thanh-lap-tinh-vinh-phuc-1221950-a-1222020/", """
KẾ HOẠCH TỔ CHỨC KỶ NIỆM 90 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 – 3/2/2020), 70 NĂM NGÀY THÀNH LẬP TỈNH VĨNH PHÚC (12/2/1950 – 12/2/2020)

Căn cứ Thông báo số 1929-TB/TU ngày 31/10/2019 của Ban Thường vụ Tỉnh ủy về tổ chức kỷ niệm các ngày lễ lớn trong năm 2019- 2020;

Căn cứ Kế hoạch số 103/KH-UBND, ngày 18/6/2019 của UBND tỉnh;

Uỷ ban nhân dân tỉnh xây dựng Kế hoạch như sau:

 1. MỤC ĐÍCH YÊU CẦU
""", kind="KẾ HOẠCH",
 title="TỔ CHỨC KỶ NIỆM 90 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 – 3/2/2020), 70 NĂM NGÀY THÀNH LẬP TỈNH VĨNH PHÚC (12/2/1950 – 12/2/2020)",
 bases=["1929-TB/TU","103/KH-UBND"])

add("https://snnptnt.thuathienhue.gov.vn/?gd=7&cn=210&tc=1083", """
CHƯƠNG TRÌNH

Thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng

đối với công tác quản lý, bảo vệ và phát triển rừng

 

Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng, Ban Thường vụ Tỉnh ủy (khóa XV) ban hành chương trình thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
""", kind="CHƯƠNG TRÌNH",
 title="Thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng",
 bases=["13-CT/TW"])
