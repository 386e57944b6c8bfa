// Ranges the codecs carry; the pages use them to validate input before encoding.
export const CLASS_NUMBER_MAX = 999
/** Attempts are carried in one byte; 255 means "255 or more". */
export const ATTEMPTS_CAP = 255
export const SEQ_MAX = 0xffff_ffff
export const STUDENT_COUNT_MAX = 9999
export const GRADE_MIN = 1
export const GRADE_MAX = 12
