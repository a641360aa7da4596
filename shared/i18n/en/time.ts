/** Time analysis: the one-sentence definitions shown with each systemic-outcome indicator. */
export const time = {
  indicators: {
    newAlliances:
      'New alliances: ties that started in the period between two actors who had no tie the day before.',
    crossSectorShare:
      'Share of ties that cross sectors: ties between actors of different sectors, out of all ties whose two ends have a known sector.',
    sectorReach:
      'Reach of CSOs: the share of CSOs with at least one direct tie to an actor of each other sector.',
    convenerDependence:
      'Convener dependence: how the number of components, the largest component and the average path length change when the convener and its ties are removed.',
    memberGains:
      'Members against non-members: new ties per actor between two dates, for learning-community members and for everyone else.',
    meetingTies:
      'Meeting and working together: of the pairs who attended an event together and were not yet tied, the share that formed a tie within 6 and 12 months, against pairs of the same sectors who never shared an event.',
    meetingTiesNote:
      'This shows association, not cause: people who choose to attend may already have been about to work together.',
  },
} as const;
