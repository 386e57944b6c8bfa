// Strings of the lesson and module pages that the first paint does not need: the competence codes
// (TT 02/2025) and the month a lesson was checked. Part of the feature strings (./features.ts).
export default {
  competence: {
    line: 'Năng lực số: {codes}',
    lineBand: 'Năng lực số lớp {grade}: {codes}',
    checked: 'Nội dung kiểm tra: tháng {month}',
  },
}
