// Strings of the welcome (the first run: roles, name, province, an invite's line). They load with the welcome
// page (src/features/onboarding/routes.ts; index.html preloads them), not in the entry, and are part of the feature
// strings (./features.ts) for the pages that reuse them (Cài đặt's role picker and province).
import { MODULE_IDS } from '@/content/moduleIds'

/** How many modules the app teaches (the catalogue's count, without the catalogue on the first paint). */
const MODULE_COUNT = MODULE_IDS.length

export default {
  roles: {
    student: 'Học sinh',
    studentHint: `Em học ${MODULE_COUNT} mô-đun và gửi kết quả cho thầy cô.`,
    teacher: 'Giáo viên',
    teacherHint: 'Thầy cô tạo lớp, nhận kết quả của học sinh và làm báo cáo tháng của lớp.',
    schoolOfficer: 'Cán bộ phụ trách báo cáo của trường',
    schoolOfficerHint: 'Thầy cô gộp báo cáo các lớp thành báo cáo tháng của trường.',
    unitOfficer: 'Cán bộ xã/phường hoặc Sở GDĐT',
    unitOfficerHint: 'Bạn tổng hợp báo cáo của các trường và các tổ trong xã, phường hoặc tỉnh.',
    outreach: 'Thành viên Tổ công nghệ số cộng đồng',
    outreachHint: 'Bạn hướng dẫn người dân, trình chiếu bài học và đếm số người được giúp.',
  },
  welcome: {
    // Over the class form a teacher alone gets on a first visit (no invite).
    teacherNow: 'Thầy cô tạo lớp ngay tại đây, tỉnh/thành có thể chọn sau trong Cài đặt.',
    title: 'Chào mừng đến với Kỹ năng số',
    intro:
      'Ứng dụng giúp học sinh học 5 kỹ năng số cơ bản, an toàn trên mạng và cách tránh lừa đảo; giúp thầy cô và cán bộ theo dõi, báo cáo. Dùng được cả khi không có mạng.',
    chooseRole: 'Bạn là ai? (chọn một hoặc nhiều)',
    nameLabel: 'Tên hiển thị (không bắt buộc)',
    nameHint: 'Chỉ lưu trên máy này. Có thể đổi trong Cài đặt.',
    start: 'Bắt đầu',
    needRole: 'Hãy chọn ít nhất một vai trò để bắt đầu.',
    provinceLegend: 'Bạn ở tỉnh, thành phố nào?',
    provinceLegendStudent: 'Em sống ở tỉnh, thành phố nào?',
    provinceHint: 'Dùng cho mô-đun Nền tảng số của địa phương. Có thể đổi trong Cài đặt.',
    needProvince: 'Hãy chọn tỉnh, thành phố.',
    needProvinceStudent: 'Hãy chọn tỉnh, thành phố của em.',
    invitedClass: 'Em được mời vào lớp {className} — {school}. Chọn tỉnh, thành phố rồi bấm “Bắt đầu” để vào lớp.',
    invitedSchool:
      'Lời mời cho giáo viên gửi báo cáo lớp về {school}. Thầy cô chọn tỉnh, thành phố rồi bấm “Bắt đầu” để vào trường.',
    invitedUnit:
      'Lời mời cho cán bộ phụ trách báo cáo của trường gửi báo cáo về {unit} ({area}). Thầy cô chọn tỉnh, thành phố rồi bấm “Bắt đầu”.',
    invitedTeam:
      'Lời mời vào {team} ({commune}) với vai trò thành viên tổ. Bạn chọn tỉnh, thành phố rồi bấm “Bắt đầu” để vào tổ.',
    studentTitle: 'Chào em! Vào lớp để bắt đầu học',
    studentClass: 'Lớp {className} — {school}, năm học {year}',
    joinAndLearn: 'Vào lớp và học bài 1',
    joined: 'Em đã vào lớp {className}.',
    needName: 'Hãy nhập họ và tên của em.',
    needNumber: 'Hãy nhập số thứ tự của em trong lớp (từ 1 đến 99).',
    notStudent: 'Không phải học sinh? Chọn vai trò khác',
  },
  province: {
    search: 'Tìm tỉnh, thành phố',
    placeholder: 'Ví dụ: dong nai',
    chosen: 'Đã chọn: {name}',
    none: 'Không có tỉnh, thành phố nào khớp. Thử gõ ít chữ hơn.',
    typeFirst: 'Gõ vài chữ của tên tỉnh, thành phố (không cần dấu) để chọn.',
    more: 'Còn {n} tỉnh, thành phố khớp nữa: gõ thêm chữ để thu hẹp.',
  },
}
