// Strings of the lesson and module pages that the first paint does not need: the competence codes
// (TT 02/2025) and the month a lesson was checked. Part of the feature strings (./features.ts).
export default {
  competence: {
    line: 'Năng lực số: {codes}',
    lineBand: 'Năng lực số lớp {grade}: {codes}',
    checked: 'Nội dung kiểm tra: tháng {month}',
  },
  // The certificate's link page (`/c#…`): what its code states, and what this phone could check.
  certificateCheck: {
    title: 'Xác minh giấy chứng nhận',
    empty: 'Đường link này không có mã giấy chứng nhận. Hãy quét lại mã QR trên giấy chứng nhận.',
    match: 'Khớp với sổ của lớp {className}: chữ ký đúng, tên và ngày hoàn thành giống kết quả lớp đã nhận.',
    differ: 'Không khớp với sổ của lớp {className}. Chữ ký đúng, nhưng:',
    member:
      'Chữ ký đúng: mã được tạo bằng khóa của lớp {className} mà máy này đã tham gia. Chỉ máy của giáo viên lớp mới đối chiếu được với sổ của lớp.',
    unverified: 'Chưa xác minh được chữ ký (không phải lớp của thầy cô).',
    unverifiedHint:
      'Dưới đây là những gì mã ghi. Chỉ máy của giáo viên lớp {className} kiểm tra được giấy chứng nhận này là thật.',
    noRecord: 'Sổ của lớp chưa có kết quả nào của học sinh này.',
    name: 'Tên trong sổ của lớp: {name}.',
    classNumber: 'Số thứ tự trong sổ của lớp: {n}.',
    notCompleted: 'Mô-đun {n} ({title}): sổ của lớp chưa ghi hoàn thành.',
    date: 'Mô-đun {n} ({title}): sổ của lớp ghi hoàn thành ngày {date}.',
    resend:
      'Nếu học sinh vừa học xong, hãy nhờ em gửi mã kết quả mới (mục "Gửi kết quả") rồi mở lại giấy chứng nhận này.',
    fullName: 'Họ và tên',
    classLabel: 'Lớp',
    classValue: '{className} · số thứ tự {n} · khối {grade}',
    school: 'Trường',
    year: 'Năm học',
    modules: 'Đã hoàn thành {n} mô-đun',
    doneOn: 'hoàn thành ngày {date}',
    issued: 'Cấp ngày {date}',
    openClass: 'Mở trang lớp {className}',
  },
}
