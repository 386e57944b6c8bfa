// Vietnamese strings of the classroom feature (teacher, class invites, receipts), merged into vi.ts.
export default {
  teacher: {
    title: 'Giáo viên',
    intro: 'Trang này dành cho thầy cô: tạo lớp, mời học sinh bằng mã QR, nhận kết quả của học sinh mà không cần máy chủ, xem lớp nào đã học xong mô-đun nào và làm báo cáo tháng gửi trước ngày 10.',
    now: 'Thầy cô có thể làm ngay',
    learn: 'Tự học 7 mô-đun: kết quả của thầy cô được ghi lại để tính vào số giáo viên đã được bồi dưỡng.',
    progress: 'Xem tiến độ học của chính mình.',
    soon: 'Phần quản lý lớp, nhận kết quả và báo cáo tháng đang được hoàn thiện; dữ liệu học của thầy cô đã lưu sẽ được dùng khi phần này có.',
  },
  join: {
    title: 'Vào lớp',
    intro: 'Em mở trang này từ mã QR hoặc đường link thầy cô gửi để vào lớp.',
    empty: 'Đường link này không có mã mời lớp. Hãy quét lại mã QR của thầy cô hoặc mở đúng đường link được gửi.',
  },
  receipt: {
    title: 'Nhận kết quả',
    intro: 'Thầy cô mở trang này từ đường link kết quả mà học sinh gửi qua Zalo hoặc tin nhắn.',
    empty: 'Đường link này không có kết quả nào. Hãy mở đúng đường link học sinh gửi.',
  },
}
