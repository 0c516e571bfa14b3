-- Issue 10 §3: a gate's classification in Vietnamese beside the compiler's English summary
-- (reference/border_gates.csv, column classification_vi), so the border officer's popup reads in
-- the page's language. The loader fills it from the data package; a database loaded before this
-- migration gets the same six texts here (the package's gates, by name).
alter table defence.border_gate add column classification_vi text;

update defence.border_gate g set classification_vi = v.text
from (values
  ('Hữu Nghị', 'cửa khẩu quốc tế'),
  ('Ga Đồng Đăng', 'cửa khẩu quốc tế đường sắt'),
  ('Chi Ma', 'cửa khẩu quốc gia/chính (theo các nguồn)'),
  ('Bình Nghi', 'cửa khẩu quốc gia/chính (theo các nguồn)'),
  ('Tân Thanh', 'các nguồn phân loại không thống nhất (một trang thứ cấp ghi là cửa khẩu quốc gia; một trang thương mại mô tả là cửa khẩu thương mại chính đối diện Pò Chài); chưa xác minh được cấp chính thức'),
  ('Cốc Nam', 'chỉ một trang thứ cấp không ghi ngày liệt kê là cửa khẩu quốc gia; chưa xác minh được cấp chính thức')
) as v(name, text)
where g.name = v.name;
