/** The application shell: header, navigation, language switcher and the screens' intros. */
export const app = {
  name: 'Tejido',
  skipToContent: 'Skip to the content',
  nav: {
    label: 'Screens',
    map: 'Map',
    data: 'Data',
    measures: 'Measures',
    overTime: 'Over time',
    import: 'Import',
    workshop: 'Workshop',
    report: 'Report',
  },
  language: {
    label: 'Language',
    es: 'ES',
    en: 'EN',
    esName: 'Español',
    enName: 'English',
  },
  project: {
    label: 'Project',
    loading: 'Opening the project…',
    unavailable: 'No project open',
  },
  screens: {
    map: {
      title: 'Map',
      description:
        'Draws the local system as a network: actors coloured by sector, sized by a measure, potential ties dashed, with a time slider to see how alliances change.',
    },
    data: {
      title: 'Data',
      description: 'The actors and ties of the open project. Add, correct or delete them here.',
    },
    measures: {
      title: 'Measures',
      description:
        'Who is central, who brokers between groups, who is isolated: a table of network measures per actor, a summary of the whole network and the mixing between sectors, each with its definition.',
    },
    overTime: {
      title: 'Over time',
      description:
        'Compares the network between survey waves or events: new alliances, ties that cross sectors, and before-and-after pictures of each learning community.',
    },
    import: {
      title: 'Import',
      description:
        'Brings in surveys and spreadsheets (CSV, Excel, KoboToolbox or ODK exports) with a preview and a clear list of rows that could not be read.',
    },
    workshop: {
      title: 'Workshop',
      description:
        'Fast entry on a projector: add actors and ties as people name them, mark potential allies, and see who to approach in government or the private sector.',
    },
    report: {
      title: 'Report',
      description:
        'Builds a report for funders and partners: before-and-after maps and a few trustworthy indicators, with names pseudonymised when you choose.',
    },
  },
} as const;
