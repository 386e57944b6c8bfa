// What can be wrong with a code, in the words the person importing it reads: what is wrong, and whom to
// ask again. The codecs return a problem kind (exchange/codec/problems.ts); pages and stores call this.
import type { CodecError, DocType, Problem } from '@/exchange/codec/problems'

const NOUN: Record<DocType, string> = {
  classInvite: 'Mã mời vào lớp',
  schoolInvite: 'Mã mời của trường',
  receipt: 'Mã kết quả',
  summary: 'Bản tổng hợp của lớp',
}

/** Who sent it, and so whom to ask again. */
const RESEND: Record<DocType, string> = {
  classInvite: 'Hãy nhờ thầy cô gửi lại mã mời hoặc quét lại mã QR của lớp.',
  schoolInvite: 'Hãy nhờ cán bộ phụ trách báo cáo của trường gửi lại mã mời.',
  receipt: 'Hãy nhờ học sinh gửi lại.',
  summary: 'Hãy nhờ giáo viên của lớp gửi lại.',
}

const FROM: Record<DocType, string> = {
  classInvite: 'thầy cô gửi',
  schoolInvite: 'trường gửi',
  receipt: 'học sinh gửi',
  summary: 'giáo viên gửi',
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
      return doc === 'summary'
        ? 'Bản tổng hợp này không thuộc trường nào trên máy này (có thể giáo viên dùng mã mời của trường khác). Hãy gửi lại mã mời của trường cho giáo viên, rồi nhờ thầy cô gửi lại bản tổng hợp.'
        : 'Mã kết quả này thuộc một lớp không có trên máy này. Hãy kiểm tra học sinh đã vào đúng lớp của thầy cô chưa (nếu chưa, cho em quét lại mã mời của lớp), rồi nhờ em gửi lại.'
    case 'bad-signature':
      return doc === 'summary'
        ? 'Chữ ký của bản tổng hợp không đúng: số liệu đã bị sửa sau khi gửi, hoặc được ký bằng mã mời cũ của trường. Số liệu không được nhập. Hãy nhờ giáo viên gửi lại từ ứng dụng.'
        : 'Chữ ký của mã kết quả không đúng: mã đã bị sửa sau khi tạo, hoặc được tạo bằng khóa của lớp khác. Kết quả không được nhập. Hãy nhờ học sinh gửi lại từ ứng dụng.'
    case 'bad-checksum':
      return `${noun} bị hỏng (có thể bị sửa khi sao chép). ${again}`
    case 'bad-data':
      return `${noun} có dữ liệu không hợp lệ nên không được dùng. ${again}`
    case 'wrong-doc:classInvite':
      return `Đây là mã mời vào lớp, không phải ${lower(noun)}. Mã mời vào lớp dùng trên máy của học sinh.`
    case 'wrong-doc:schoolInvite':
      return `Đây là mã mời của trường, không phải ${lower(noun)}. Mã mời của trường dùng trên máy của giáo viên.`
    case 'wrong-doc:receipt':
      return `Đây là mã kết quả của học sinh, không phải ${lower(noun)}. Mã kết quả được nhập ở trang lớp của giáo viên.`
    case 'wrong-doc:summary':
      return `Đây là bản tổng hợp của lớp, không phải ${lower(noun)}. Bản tổng hợp được nhập ở trang báo cáo của trường.`
  }
}


/** The Vietnamese sentence for a refused code. */
export function codecMessage(error: Pick<CodecError<string>, 'doc' | 'problem'>): string {
  return text(error.doc, error.problem)
}
