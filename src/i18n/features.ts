// Strings of the larger features (classroom, school roll-up, backup, outreach, locality packs). Kept out of
// the first paint: loaded once, right after start-up, and awaited by the router before any page that uses them.
import classroom from './vi-classroom'
import locality from './vi-locality'
import outreach from './vi-outreach'
import period from './vi-period'
import school from './vi-school'
import unit from './vi-unit'

export default { ...classroom, ...locality, ...outreach, ...period, ...school, ...unit }
