/**
 * Corrections to Payload's French admin strings (« nouveau ou nouvelle », « ce ou cette »,
 * `{{titre}}` that never fills in, « Temps », « Annuler la publication » for unpublish…), plus
 * the few keys our patched scheduling drawer reads (patches/@payloadcms__ui@3.90.2.patch).
 * Payload deep-merges these into its own dictionaries (config `i18n.translations`).
 */
export const translations = {
  fr: {
    fields: {
      addNew: 'Ajouter',
      addNewLabel: 'Ajouter : {{label}}',
      chooseFromExisting: 'Choisir dans la liste',
      chooseLabel: 'Choisir : {{label}}',
      newLabel: 'Nouvel élément : {{label}}',
      uploadNewLabel: 'Envoyer un nouveau fichier : {{label}}',
    },
    general: {
      aboutToDelete:
        'Vous allez supprimer l’élément « {{label}} » <1>{{title}}</1>. Confirmez-vous ?',
      created: 'Créé le',
      createdAt: 'Créé le',
      createNew: 'Créer',
      createNewLabel: 'Créer : {{label}}',
      creatingNewLabel: 'Création : {{label}}',
      deletedSuccessfully: 'Supprimé.',
      ascending: 'Croissant',
      descending: 'Décroissant',
      false: 'Non',
      true: 'Oui',
      noLabel: '<Aucun : {{label}}>',
      none: 'Aucun',
      noResults:
        'Aucun résultat pour « {{label}} » : rien n’a encore été créé, ou rien ne correspond aux filtres choisis ci-dessus.',
      schedulePublishFor: 'Programmer : {{title}}',
      // Payload's version history gives its sort buttons no label (« Trier par {{label}} »); the
      // column heading beside the buttons names the column.
      sortByLabelDirection: 'Trier : {{direction}}',
      successfullyCreated: '{{label}} : créé.',
      successfullyDuplicated: '{{label}} : copie créée.',
      time: 'Heure',
      titleDeleted: '{{label}} « {{title}} » : supprimé.',
      upcomingEvents: 'Programmations à venir',
      noUpcomingEventsScheduled: 'Rien n’est programmé pour ce document.',
    },
    upload: {
      download: 'Télécharger le fichier',
    },
    version: {
      noRowsFound: 'Aucun résultat : {{label}}',
      noRowsSelected: 'Aucune sélection : {{label}}',
      restoredSuccessfully: 'Version restaurée.',
      saveDraft: 'Enregistrer le brouillon',
      publishChanges: 'Publier',
      schedulePublish: 'Programmer la publication…',
      scheduledSuccessfully: 'Programmation enregistrée.',
      scheduleDateTime: 'Date et heure (heure de Paris par défaut)',
      scheduleTimeCaption: 'Heure',
      type: 'Action',
      publish: 'Publier',
      unpublish: 'Retirer du site (dépublier)',
      confirmUnpublish: 'Retirer du site ?',
      aboutToUnpublish:
        'Ce document ne sera plus visible sur le site. Il reste ici en brouillon, avec son historique.',
      unpublished: 'Retiré du site',
      unpublishedSuccessfully: 'Retiré du site.',
      unpublishing: 'Retrait en cours…',
    },
  },
  en: {
    version: {
      scheduleDateTime: 'Date and time',
      scheduleTimeCaption: 'Time',
    },
  },
}
