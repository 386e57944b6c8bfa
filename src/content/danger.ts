// The brief's rule for critical answers written as data (CURRICULUM.md, "Rules every module follows" and
// "Corrected 2026-12-01", item 9): an answer that would hand over control or money in real life. A quiz
// option may be tagged with one of these kinds; the build fails on a tagged option that is not
// `critical: true`, and on a critical option without a kind, so the list below is the whole rule.
// Pure data, no imports.

export const DANGER_KINDS = {
  'share-otp': 'Đưa mã OTP hay passcode, dù chỉ một phần, dù qua ảnh chụp hay nhờ người khác đọc sau',
  'share-password': 'Đưa mật khẩu của một tài khoản cho người khác',
  'install-apk': 'Cài một ứng dụng hay tệp .apk vì có người bảo, hoặc từ một đường link',
  'grant-permission': 'Cấp quyền đọc tin nhắn SMS, quyền Trợ năng hay quyền điều khiển máy khi không cần',
  'open-link-in-phishing': 'Bấm vào đường link trong một tin nhắn, cuộc gọi hay trang lừa đảo',
  'transfer-unverified': 'Chuyển tiền, nạp thẻ hay trả trước theo một lời đề nghị chưa kiểm tra qua kênh mình đã biết',
  'split-transfer': 'Chia nhỏ, giảm bớt hay chuyển trước một phần số tiền kẻ gian đòi',
  'pay-recovery': 'Trả phí cho người hứa lấy lại tiền đã mất, "phí rút tiền" hay "phí làm hộ"',
  'send-id-photo': 'Gửi ảnh thẻ căn cước hay số định danh cùng mã cho người không có quyền hỏi',
  'lend-account': 'Cho mượn, cho thuê hay bán tài khoản ngân hàng',
} as const

export type DangerKind = keyof typeof DANGER_KINDS

export const DANGER_KIND_IDS = Object.keys(DANGER_KINDS) as DangerKind[]
