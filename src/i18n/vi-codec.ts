// What can be wrong with a code, in the words the person importing it reads: what is wrong, and whom to
// ask again. The codecs return a problem kind (exchange/codec/problems.ts); pages and stores call this.
import type { CodecError, DocType, Problem } from '@/exchange/codec/problems'

const NOUN: Record<DocType, string> = {
  classInvite: 'Mã mời vào lớp',
  schoolInvite: 'Mã mời của trường',
  receipt: 'Mã kết quả',
  summary: 'Bản tổng hợp của lớp',
  unitInvite: 'Mã mời của đơn vị nhận báo cáo',
  schoolSummary: 'Bản tổng hợp của trường',
  teamInvite: 'Mã mời vào tổ công nghệ số',
  outreachSummary: 'Số liệu của tổ công nghệ số',
  certificate: 'Mã giấy chứng nhận',
}

/** Who sent it, and so whom to ask again. */
const RESEND: Record<DocType, string> = {
  classInvite: 'Hãy nhờ thầy cô gửi lại mã mời hoặc quét lại mã QR của lớp.',
  schoolInvite: 'Hãy nhờ cán bộ phụ trách báo cáo của trường gửi lại mã mời.',
  receipt: 'Hãy nhờ học sinh gửi lại.',
  summary: 'Hãy nhờ giáo viên của lớp gửi lại.',
  unitInvite: 'Hãy đề nghị cán bộ của đơn vị nhận báo cáo (Phòng Văn hóa – Xã hội hoặc Sở GDĐT) gửi lại mã mời.',
  schoolSummary: 'Hãy đề nghị cán bộ báo cáo của trường gửi lại từ ứng dụng.',
  teamInvite: 'Hãy đề nghị tổ trưởng gửi lại mã mời hoặc quét lại mã QR của tổ.',
  outreachSummary: 'Hãy đề nghị người gửi (thành viên hoặc tổ trưởng) gửi lại từ ứng dụng.',
  certificate: 'Hãy nhờ học sinh mở lại giấy chứng nhận trong ứng dụng và cho quét lại mã QR.',
}

const FROM: Record<DocType, string> = {
  classInvite: 'thầy cô gửi',
  schoolInvite: 'trường gửi',
  receipt: 'học sinh gửi',
  summary: 'giáo viên gửi',
  unitInvite: 'đơn vị gửi',
  schoolSummary: 'trường gửi',
  teamInvite: 'tổ trưởng gửi',
  outreachSummary: 'người gửi chuyển đến',
  certificate: 'trên giấy chứng nhận',
}

/** "Đây là …": what a code of another kind is, and where it is used. */
const WRONG: Record<DocType, string> = {
  classInvite: 'mã mời vào lớp|Mã mời vào lớp dùng trên máy của học sinh.',
  schoolInvite: 'mã mời của trường|Mã mời của trường dùng trên máy của giáo viên.',
  receipt: 'mã kết quả của học sinh|Mã kết quả được nhập ở trang lớp của giáo viên.',
  summary: 'bản tổng hợp của lớp|Bản tổng hợp được nhập ở trang báo cáo của trường.',
  unitInvite:
    'mã mời của đơn vị nhận báo cáo|Mã này mở trên máy của cán bộ báo cáo của trường hoặc của tổ trưởng tổ công nghệ số.',
  schoolSummary:
    'bản tổng hợp của trường|Bản này được nhập ở trang của đơn vị nhận báo cáo (Phòng Văn hóa – Xã hội hoặc Sở GDĐT).',
  teamInvite: 'mã mời vào tổ công nghệ số|Mã này mở trên máy của thành viên tổ.',
  outreachSummary:
    'số liệu của tổ công nghệ số|Số liệu này được nhập ở trang của tổ trưởng hoặc của đơn vị nhận báo cáo.',
  certificate:
    'mã giấy chứng nhận|Giấy chứng nhận không cần nhập: mở đường link hoặc quét mã QR trên giấy bằng máy ảnh của điện thoại để xem và xác minh.',
}

/** Signed documents: what a bad signature or an unknown key means, in each one's words. */
const UNKNOWN_KEY: Partial<Record<DocType, string>> = {
  summary:
    'Bản tổng hợp này không thuộc trường nào trên máy này (có thể giáo viên dùng mã mời của trường khác). Hãy gửi lại mã mời của trường cho giáo viên, rồi nhờ thầy cô gửi lại bản tổng hợp.',
  receipt:
    'Mã kết quả này thuộc một lớp không có trên máy này. Hãy kiểm tra học sinh đã vào đúng lớp của thầy cô chưa (nếu chưa, cho em quét lại mã mời của lớp), rồi nhờ em gửi lại.',
  schoolSummary:
    'Bản tổng hợp này gửi cho một đơn vị không có trên máy này (có thể trường dùng mã mời của đơn vị khác). Hãy gửi lại mã mời của đơn vị cho trường, rồi đề nghị trường gửi lại.',
  outreachSummary:
    'Số liệu này gửi cho một tổ hoặc đơn vị không có trên máy này (có thể người gửi dùng mã mời khác). Hãy gửi lại mã mời cho người gửi, rồi đề nghị gửi lại.',
}
const BAD_SIGNATURE: Partial<Record<DocType, string>> = {
  summary:
    'Chữ ký của bản tổng hợp không đúng: số liệu đã bị sửa sau khi gửi, hoặc được ký bằng mã mời cũ của trường. Số liệu không được nhập. Hãy nhờ giáo viên gửi lại từ ứng dụng.',
  receipt:
    'Chữ ký của mã kết quả không đúng: mã đã bị sửa sau khi tạo, hoặc được tạo bằng khóa của lớp khác. Kết quả không được nhập. Hãy nhờ học sinh gửi lại từ ứng dụng.',
  schoolSummary:
    'Chữ ký của bản tổng hợp của trường không đúng: số liệu đã bị sửa sau khi gửi, hoặc được ký bằng mã mời cũ của đơn vị. Số liệu không được nhập. Hãy đề nghị trường gửi lại từ ứng dụng.',
  certificate:
    'Chữ ký của giấy chứng nhận không đúng: nội dung đã bị sửa sau khi tạo, hoặc được tạo bằng khóa của lớp khác. Giấy chứng nhận này không được công nhận. Hãy nhờ học sinh mở lại giấy chứng nhận trong ứng dụng.',
  outreachSummary:
    'Chữ ký của số liệu tổ công nghệ số không đúng: số liệu đã bị sửa sau khi gửi, hoặc được ký bằng mã mời cũ. Số liệu không được nhập. Hãy đề nghị người gửi gửi lại từ ứng dụng.',
}

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

function text(doc: DocType, problem: Problem): string {
  const noun = NOUN[doc]
  const again = RESEND[doc]
  switch (problem) {
    case 'empty':
      return `Chưa có ${lower(noun)} nào. Hãy dán đường link hoặc đoạn mã ${FROM[doc]}, hoặc quét mã QR.`
    case 'bad-chars':
    case 'non-canonical':
      return `${noun} có ký tự không hợp lệ (có thể bị sửa khi sao chép). Hãy sao chép lại nguyên đường link ${FROM[doc]}, hoặc quét mã QR.`
    case 'not-ours':
      return `Đây không phải ${lower(noun)} của ứng dụng Kỹ năng số (có thể là một đường link hoặc mã QR khác). ${again}`
    case 'truncated':
      return `${noun} bị thiếu một phần (có thể bị cắt khi sao chép). ${again}`
    case 'too-long':
      return `${noun} dài hơn bình thường (có thể bị dán hai lần hoặc dính thêm chữ). Hãy sao chép lại đúng đường link ${FROM[doc]}.`
    case 'newer-version':
      return `${noun} do phiên bản mới hơn của ứng dụng tạo ra. Hãy cập nhật ứng dụng (mở ứng dụng khi có mạng rồi tải lại trang), sau đó thử lại.`
    case 'old-version':
      return `${noun} thuộc một phiên bản không còn được hỗ trợ. ${again}`
    case 'unknown-key':
      return UNKNOWN_KEY[doc] ?? `${noun} không thuộc nơi nào trên máy này. ${again}`
    case 'bad-signature':
      return BAD_SIGNATURE[doc] ?? `${noun} có chữ ký không đúng nên không được dùng. ${again}`
    case 'bad-checksum':
      return `${noun} bị hỏng (có thể bị sửa khi sao chép). ${again}`
    case 'bad-data':
      return `${noun} có dữ liệu không hợp lệ nên không được dùng. ${again}`
    default: {
      const [what, where] = WRONG[problem.slice('wrong-doc:'.length) as DocType].split('|')
      return `Đây là ${what}, không phải ${lower(noun)}. ${where}`
    }
  }
}

/** The Vietnamese sentence for a refused code. */
export function codecMessage(error: Pick<CodecError<string>, 'doc' | 'problem'>): string {
  return text(error.doc, error.problem)
}

/** The result line of a refused code, the same in every receiving store; an unknown key means "open it elsewhere". */
export function refusedLine(error: CodecError<string>): {
  ok: false
  changed: false
  text: string
  elsewhere: boolean
} {
  return { ok: false, changed: false, text: codecMessage(error), elsewhere: error.problem === 'unknown-key' }
}
