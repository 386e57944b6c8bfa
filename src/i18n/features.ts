// Strings of the larger features (classroom, school roll-up, backup, outreach). Kept out of the first
// paint: loaded once, right after start-up, and awaited by the router before any page that uses them.
import classroom from './vi-classroom'
import outreach from './vi-outreach'
import school from './vi-school'

export default { ...classroom, ...outreach, ...school }
