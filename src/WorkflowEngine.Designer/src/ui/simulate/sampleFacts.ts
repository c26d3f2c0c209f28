/**
 * Facts for a first run: a 15-year-old reported missing several times and found out of area,
 * not at immediate risk, so the CCE referral goes through the front door to screening. Authors
 * edit them to try other routes.
 */
export const sampleFacts: Record<string, unknown> = {
  urgent: false,
  referrerAgency: 'police',
  ageYears: 15,
  missingEpisodes: 3,
  foundOutOfArea: true,
  carryingWeapons: false,
  arrestedForDrugSupply: false,
  olderOrControllingAssociates: true,
  unexplainedMoneyOrGifts: true,
  multiplePhones: false,
  substanceMisuse: false,
  peersOfConcern: true,
  permanentlyExcluded: false,
  suspended: false,
  persistentAbsence: true,
  severeAbsence: false,
  notInEducation: false,
  unexplainedInjuries: false,
  selfHarm: false,
  lookedAfter: false,
  disclosure: false,
};
