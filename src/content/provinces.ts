// The 34 provincial-level units (decided by the National Assembly on 12/6/2025, in force 1/7/2025).
// Three provinces have since become centrally-run cities over the same territory: Đồng Nai (Nghị quyết
// 30/2026/QH16, from 30/4/2026), Quảng Ninh (NQ 36/2026/QH16, from 1/9/2026) and Bắc Ninh (NQ 39/2026/QH16,
// from 20/9/2026), so today there are 9 cities and 25 provinces (CURRICULUM.md, "Corrected 2026-12-01";
// the evidence is secondary, so lessons say "34 đơn vị hành chính cấp tỉnh" without the split).
// Used to choose the locality for module 5.
export interface Province {
  id: string
  name: string
  city?: boolean
}

export const PROVINCES: Province[] = [
  { id: 'ha-noi', name: 'Hà Nội', city: true },
  { id: 'hue', name: 'Huế', city: true },
  { id: 'hai-phong', name: 'Hải Phòng', city: true },
  { id: 'da-nang', name: 'Đà Nẵng', city: true },
  { id: 'ho-chi-minh', name: 'TP. Hồ Chí Minh', city: true },
  { id: 'can-tho', name: 'Cần Thơ', city: true },
  { id: 'dong-nai', name: 'Đồng Nai', city: true },
  { id: 'tuyen-quang', name: 'Tuyên Quang' },
  { id: 'cao-bang', name: 'Cao Bằng' },
  { id: 'lai-chau', name: 'Lai Châu' },
  { id: 'lao-cai', name: 'Lào Cai' },
  { id: 'thai-nguyen', name: 'Thái Nguyên' },
  { id: 'dien-bien', name: 'Điện Biên' },
  { id: 'lang-son', name: 'Lạng Sơn' },
  { id: 'son-la', name: 'Sơn La' },
  { id: 'phu-tho', name: 'Phú Thọ' },
  { id: 'bac-ninh', name: 'Bắc Ninh', city: true },
  { id: 'quang-ninh', name: 'Quảng Ninh', city: true },
  { id: 'hung-yen', name: 'Hưng Yên' },
  { id: 'ninh-binh', name: 'Ninh Bình' },
  { id: 'thanh-hoa', name: 'Thanh Hóa' },
  { id: 'nghe-an', name: 'Nghệ An' },
  { id: 'ha-tinh', name: 'Hà Tĩnh' },
  { id: 'quang-tri', name: 'Quảng Trị' },
  { id: 'quang-ngai', name: 'Quảng Ngãi' },
  { id: 'gia-lai', name: 'Gia Lai' },
  { id: 'khanh-hoa', name: 'Khánh Hòa' },
  { id: 'lam-dong', name: 'Lâm Đồng' },
  { id: 'dak-lak', name: 'Đắk Lắk' },
  { id: 'tay-ninh', name: 'Tây Ninh' },
  { id: 'vinh-long', name: 'Vĩnh Long' },
  { id: 'dong-thap', name: 'Đồng Tháp' },
  { id: 'ca-mau', name: 'Cà Mau' },
  { id: 'an-giang', name: 'An Giang' },
]
