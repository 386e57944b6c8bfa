// Vietnamese UI strings of the app frame (header, navigation, offline and update notices, storage problems): in
// the entry. Vietnamese is the app's language; en.ts mirrors the UI chrome. The welcome's strings come with the
// welcome page (vi-welcome.ts); every other page's in vi-<feature>.ts (the learner's pages in vi-pages.ts), loaded
// after the first paint (see features.ts), as is the install card's (Home, Cài đặt).
export default {
  app: {
    name: 'Kỹ năng số',
    skip: 'Bỏ qua, tới nội dung chính',
    home: 'Trang chủ',
    menu: 'Điều hướng chính',
    loading: 'Đang tải…',
    close: 'Đóng',
    cancel: 'Huỷ',
  },
  nav: {
    learn: 'Học',
    progress: 'Tiến độ',
    teacher: 'Giáo viên',
    school: 'Trường',
    unit: 'Đơn vị',
    outreach: 'Tổ CNS',
    settings: 'Cài đặt',
    about: 'Giới thiệu',
  },
  hubs: {
    school: 'Báo cáo của trường',
    unit: 'Tổng hợp của đơn vị',
    more: 'Thêm: tự khai, sao lưu, trường và đơn vị',
  },
  // The student's fields of the invite welcome, drawn before the feature strings load (the rest of join.* is
  // in vi-classroom.ts).
  join: {
    name: 'Họ và tên của em',
    number: 'Số thứ tự trong lớp',
    privacy: 'Tên và kết quả của em chỉ nằm trên máy này cho tới khi chính em gửi cho thầy cô.',
  },
  pwa: {
    offline: 'Đang ngoại tuyến — các bài học vẫn dùng được.',
    updateReady: 'Có phiên bản mới của ứng dụng.',
    update: 'Cập nhật ngay',
    later: 'Để sau',
    offlineReady: 'Đã sẵn sàng dùng không cần mạng.',
  },
  storage: {
    unavailable:
      'Trình duyệt không cho lưu dữ liệu (có thể đang ở chế độ ẩn danh). Em vẫn học được, nhưng tiến độ sẽ không được lưu.',
    quota: 'Bộ nhớ máy đã đầy nên chưa lưu được. Hãy xoá bớt ảnh hoặc ứng dụng rồi thử lại. Dữ liệu cũ vẫn còn nguyên.',
    failed: 'Chưa lưu được. Dữ liệu cũ vẫn còn nguyên. Hãy thử lại.',
    outdated: 'Ứng dụng vừa được cập nhật ở một thẻ khác — hãy tải lại trang. Dữ liệu cũ vẫn còn nguyên.',
    reload: 'Tải lại trang',
    readOnly: 'Chế độ chỉ xem: không lưu được dữ liệu trên máy này.',
  },
}
