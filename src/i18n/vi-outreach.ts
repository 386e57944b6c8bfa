// Vietnamese strings of the outreach feature (Tổ công nghệ số cộng đồng), merged into vi.ts.
export default {
  outreach: {
    title: 'Tổ công nghệ số cộng đồng',
    intro: 'Trang này giúp thành viên Tổ công nghệ số cộng đồng hướng dẫn người dân: mở phiên hỗ trợ, trình chiếu bài học chữ to, đọc to bài học và đếm số người được giúp theo từng kỹ năng.',
    now: 'Có thể làm ngay',
    present: 'Mở bài học bất kỳ để cùng xem với người dân: mỗi thẻ vừa một màn hình, chữ có thể phóng to trong Cài đặt.',
    soon: 'Phần mở phiên, đếm số người và xuất báo cáo đang được hoàn thiện.',
  },
}
