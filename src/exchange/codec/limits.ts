// Ranges the codecs carry; the pages use them to validate input before encoding.
export const CLASS_NUMBER_MAX = 999
/** Attempts are carried in one byte; 255 means "255 or more". */
export const ATTEMPTS_CAP = 255
export const SEQ_MAX = 0xffff_ffff
export const STUDENT_COUNT_MAX = 9999
export const GRADE_MIN = 1
export const GRADE_MAX = 12
/** A school's sĩ số in a school summary (the largest schools have a few thousand students). */
export const SCHOOL_STUDENTS_MAX = 99_999
export const CLASSES_MAX = 999
export const TEACHERS_MAX = 9_999
/** Outreach sessions of one month, and people or times helped (a team or a school). */
export const SESSIONS_MAX = 99_999
export const PEOPLE_MAX = 9_999_999
/** Members of a team in a team summary; outcome lines in an outreach summary. */
export const MEMBERS_MAX = 999
export const OUTCOMES_MAX = 32
