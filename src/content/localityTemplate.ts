// The pack template a school downloads, fills in and loads back (Settings → Gói dữ liệu địa phương).
import type { LocalityPack } from './locality'

export function packTemplate(
  provinceId: string,
  province: string,
  today = new Date().toISOString().slice(0, 10),
): LocalityPack {
  return {
    schemaVersion: 1,
    id: provinceId,
    province,
    updated: today,
    author: 'Tên trường của thầy cô',
    summary: 'Một hai câu giới thiệu tỉnh sau sắp xếp năm 2025 (lấy từ nguồn chính thức).',
    facts: [
      // Replace with facts about the province, each with its source.
      {
        text: 'Ngày 12/6/2025, Quốc hội quyết định cả nước còn 34 đơn vị hành chính cấp tỉnh.',
        source: {
          title: 'Danh sách diện tích và dân số của 28 tỉnh và 6 thành phố trung ương',
          url: 'https://www.vietnamplus.vn/danh-sach-dien-tich-va-dan-so-cua-28-tinh-va-6-thanh-pho-trung-uong-post1043830.vnp',
          checked: today,
        },
      },
    ],
    channels: [
      {
        id: 'dvc-quoc-gia',
        kind: 'portal',
        name: 'Cổng Dịch vụ công quốc gia',
        address: 'dichvucong.gov.vn',
        note: 'Đăng nhập bằng VNeID.',
      },
      {
        id: 'dvc-tinh',
        kind: 'portal',
        name: 'Cổng dịch vụ công của tỉnh',
        address: null,
        note: 'Điền địa chỉ chính thức sau khi kiểm tra; để null nếu chưa chắc.',
      },
      { id: 'zalo-tinh', kind: 'zalo', name: 'Zalo chính thức của tỉnh', address: null },
      {
        id: 'tong-dai-111',
        kind: 'hotline',
        name: 'Tổng đài quốc gia bảo vệ trẻ em',
        address: '111',
        note: 'Miễn phí, 24/7.',
      },
    ],
    groups: [
      { id: 'xa', label: 'UBND xã/phường nơi em ở' },
      { id: 'tinh', label: 'Sở GDĐT của tỉnh' },
      { id: 'truc-tuyen', label: 'Tự làm trực tuyến (Cổng DVC hoặc VNeID)' },
    ],
    needs: [
      {
        id: 'truong-thcs',
        need: 'Hỏi việc quản lý một trường THCS',
        group: 'xa',
        explanation: 'Trường mầm non đến THCS do UBND xã/phường quản lý.',
      },
      {
        id: 'truong-thpt',
        need: 'Hỏi việc quản lý một trường THPT',
        group: 'tinh',
        explanation: 'Trường THPT do Sở GDĐT quản lý.',
      },
      {
        id: 'theo-doi-ho-so',
        need: 'Xem hồ sơ đã nộp đến đâu',
        group: 'truc-tuyen',
        explanation: 'Dùng mã hồ sơ trên Cổng DVC.',
      },
    ],
  }
}
