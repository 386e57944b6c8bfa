// Strings of every page but the welcome (the learner's pages, classroom, school roll-up, backup, outreach, present
// mode, the class period, locality packs, competence codes). Kept out of
// the first paint: loaded once, right after start-up, and awaited by the router before any page that uses them.
import classroom from './vi-classroom'
import learn from './vi-learn'
import locality from './vi-locality'
import outreach from './vi-outreach'
import pages from './vi-pages'
import welcome from './vi-welcome'
import period from './vi-period'
import present from './vi-present'
import teach from './vi-teach'
import school from './vi-school'
import unit from './vi-unit'

export default {
  ...classroom,
  ...learn,
  ...locality,
  ...outreach,
  ...pages,
  ...welcome,
  ...period,
  ...present,
  ...teach,
  ...school,
  ...unit,
}
