// Vietnamese strings of the locality pack screens (Settings → locality pack, /locality, the module 5 panel),
// merged into vi.ts.
export default {
  // The rest of settings.* is in vi.ts. Shown when a teacher's first visit left the province for later.
  settings: {
    localityNone: 'Chưa chọn — hãy chọn tỉnh, thành phố',
  },
  locality: {
    title: 'Gói dữ liệu địa phương',
    settings: {
      activeLabel: 'Đang dùng:',
      activeDetail: '— {what}.',
      customPack: 'gói của {author}',
      shippedPack: 'gói có sẵn trong ứng dụng',
      none: 'Chưa có gói dữ liệu cho {province}.',
      noProvince: 'tỉnh đã chọn',
      intro:
        'Nhà trường có thể nạp gói của mình (tệp JSON theo mẫu): địa chỉ cổng, ứng dụng, đường dây nóng đã kiểm tra. Gói được lưu trên máy và dùng được khi không có mạng.',
      file: 'Nạp gói từ tệp (.json)',
      template: 'Tải tệp mẫu',
      share: 'Tạo đường link chia sẻ gói',
      reset: 'Bỏ gói của trường',
      link: 'Đường link (gửi qua Zalo cho học sinh):',
      tooLarge: 'Tệp quá lớn để là gói dữ liệu địa phương (tối đa 200 KB). Gói cũ vẫn được giữ nguyên.',
      notJson: 'Không đọc được tệp: đây không phải tệp JSON của gói dữ liệu. Gói cũ vẫn được giữ nguyên.',
      source: 'Tệp {name}',
      saveFailed: 'Chưa lưu được gói. Gói cũ vẫn được giữ nguyên.',
      saveFailedQuota: 'Chưa lưu được gói. Bộ nhớ máy đã đầy. Gói cũ vẫn được giữ nguyên.',
      copied: 'Đã chép đường link gói dữ liệu.',
    },
    saved: 'Đã lưu gói dữ liệu {province}.',
    page: {
      broken: 'Đường link bị hỏng hoặc bị cắt mất một phần. Hãy nhờ thầy cô gửi lại. Không có gì bị thay đổi.',
      source: 'Đường link',
      saveFailed: 'Chưa lưu được gói (bộ nhớ máy có thể đã đầy). Gói cũ vẫn được giữ nguyên.',
      previewOf: 'Đường link này chứa gói dữ liệu của',
      previewHint: '({author}). Xem trước rồi chọn “Dùng gói này”.',
      use: 'Dùng gói này',
      manage: 'Quản lý gói trong Cài đặt',
    },
    panel: {
      title: 'Địa phương của em: {province}',
      noProvince: 'chưa chọn',
      source: 'Nguồn',
      channels: 'Kênh chính thức và đường dây hỗ trợ',
      channel: '{kind}: {name}',
      kinds: {
        portal: 'Cổng',
        app: 'Ứng dụng',
        zalo: 'Zalo',
        website: 'Trang web',
        hotline: 'Đường dây',
      },
      noAddress: 'Chưa có địa chỉ đã kiểm tra: hỏi thầy cô, đừng tin đường link lạ.',
      packInfo: 'Gói dữ liệu: {author}, cập nhật {date}.',
      noPack:
        'Chưa có gói dữ liệu cho tỉnh, thành phố này. Thầy cô có thể nạp gói của trường trong Cài đặt. Các bài học chung của mô-đun vẫn dùng được.',
      openSettings: 'Mở Cài đặt',
      national: 'Kênh quốc gia (dùng được ở mọi tỉnh, thành phố)',
      localTitle: 'Kênh của {province}',
      updating: 'đang cập nhật',
      updatingHint:
        'Nhóm Kỹ năng số chưa kiểm tra xong các kênh riêng của tỉnh, thành phố này. Trong lúc chờ, em dùng các kênh quốc gia ở trên, hỏi thầy cô, và đừng tin đường link lạ.',
      localRows: {
        'dvc-tinh': 'Cổng dịch vụ công của tỉnh, thành phố',
        'zalo-tinh': 'Zalo chính thức của tỉnh, thành phố',
        'duong-day-nong-tinh': 'Đường dây nóng của tỉnh, thành phố',
      },
      change: 'Đổi tỉnh, thành phố',
    },
  },
}
