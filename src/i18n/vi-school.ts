// Vietnamese strings of the school roll-up and of teacher/school backups, merged into vi.ts.
export default {
  school: {
    title: 'Báo cáo của trường',
  },
  backup: {
    title: 'Sao lưu dữ liệu',
  },
}
