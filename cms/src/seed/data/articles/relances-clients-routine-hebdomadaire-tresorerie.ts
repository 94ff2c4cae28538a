import { block, h2, h3, ol, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'relances-clients-routine-hebdomadaire-tresorerie',
  title: 'Relances clients : une routine hebdomadaire qui protège la trésorerie',
  excerpt:
    'Les retards de paiement fragilisent d’abord les petites entreprises. Une heure par semaine, un ton constant et quelques règles écrites suffisent à réduire nettement les délais d’encaissement.',
  category: 'finance-tresorerie',
  tags: ['relances', 'recouvrement', 'trésorerie', 'délais de paiement'],
  author: authors.nadia,
  image: 'tresorerie',
  daysAgo: 118,
  body: () => [
    ...paragraphs(`
      Une facture impayée n’est pas seulement un manque à gagner : c’est du temps perdu à la surveiller, de l’inquiétude, parfois un découvert bancaire facturé au prix fort. Pourtant, dans beaucoup de petites entreprises, la relance se fait « quand on y pense », souvent trop tard, et avec un ton qui varie selon l’humeur du moment.

      La bonne nouvelle, c’est que la plupart des retards ne sont pas de la mauvaise volonté. Une facture égarée, un bon de commande manquant, une validation oubliée : un rappel courtois et précoce suffit souvent. Encore faut-il qu’il parte au bon moment, à chaque fois.
    `),
    h2('Ce que dit la loi, en bref'),
    ul([
      'Entre professionnels, le délai de paiement convenu ne peut dépasser **soixante jours à compter de la date d’émission de la facture**, ou quarante-cinq jours fin de mois si les parties l’ont prévu.',
      'Les factures doivent mentionner la date d’échéance, le taux des pénalités de retard et l’**indemnité forfaitaire de 40 euros** pour frais de recouvrement.',
      'Ces pénalités sont dues de plein droit, sans rappel préalable. Les réclamer ou non reste une décision commerciale.',
    ]),
    h2('La routine, en quatre temps'),
    h3('Le lundi : la liste'),
    p(
      'Extraire de l’outil de facturation la liste des factures échues et de celles qui arrivent à échéance dans les sept jours. Une simple balance âgée, classée par client, suffit.',
    ),
    h3('Le mardi : les rappels préventifs'),
    p(
      'Pour les montants importants, un message quelques jours avant l’échéance : « Nous vous rappelons que la facture n° 2024-118 arrive à échéance vendredi ; n’hésitez pas à nous signaler toute difficulté. » Ce n’est pas une relance, c’est un service, et il évite la moitié des retards.',
    ),
    h3('Le mercredi : les relances'),
    ol([
      '**À J+3** : un e-mail cordial, avec la facture en pièce jointe.',
      '**À J+15** : un appel téléphonique au service comptable, suivi d’un e-mail récapitulatif.',
      '**À J+30** : une relance écrite plus formelle, signée du dirigeant, rappelant les pénalités prévues.',
      '**À J+45** : la mise en demeure par lettre recommandée, avant toute procédure.',
    ]),
    block('quote', {
      style: 'tip',
      text: 'Demandez toujours le nom de la personne qui traite les factures chez votre client. Une relance adressée à quelqu’un aboutit bien plus vite qu’un e-mail envoyé à une adresse générique.',
    }),
    h3('Le vendredi : la mise à jour'),
    p(
      'Noter dans le tableau de suivi les promesses de paiement obtenues, les litiges signalés et les prochaines actions. C’est ce tableau qui permet, la semaine suivante, de reprendre sans rien oublier, même si quelqu’un d’autre s’en charge.',
    ),
    block('webinarPromo', {
      title: 'Nos scripts de relance présentés en direct, questions comprises',
    }),
    h2('Le ton juste'),
    p(
      'Une relance efficace est **factuelle, polie et précise** : numéro de facture, montant, date d’échéance, moyen de paiement, et une question ouverte pour faire émerger un éventuel problème. Évitez l’ironie, les majuscules et les menaces prématurées : le client d’aujourd’hui est aussi celui de demain.',
    ),
    p(
      'Gardez un ton identique d’une relance à l’autre et d’un client à l’autre. C’est l’intérêt d’écrire des modèles une bonne fois pour toutes, validés par la direction, que l’assistante adapte à chaque cas.',
    ),
    h2('Quand la relance amiable ne suffit plus'),
    p(
      'Après la mise en demeure restée sans effet, plusieurs voies existent. Pour une créance certaine et incontestée, la **procédure d’injonction de payer** devant le tribunal compétent est rapide et peu coûteuse. Pour les petites créances, un commissaire de justice peut aussi conduire une procédure simplifiée de recouvrement, sans passer par le juge, si le débiteur l’accepte. Dans tous les cas, un dossier bien tenu (factures, bons de livraison, échanges, relances datées) fait toute la différence.',
    ),
    h2('Les indicateurs à suivre'),
    ul([
      'Le **délai moyen de paiement** constaté, par client et au global.',
      'Le montant des factures échues depuis plus de trente jours.',
      'Le nombre de litiges ouverts et leur ancienneté.',
    ]),
    p(
      'Suivis chaque mois, ces trois chiffres disent beaucoup de la santé de votre poste clients, et permettent d’agir avant qu’un impayé ne devienne un problème de trésorerie.',
    ),
    block('ctaBanner', {
      title: 'Déléguez vos relances clients',
      text: 'Une assistante comptable du réseau peut tenir cette routine pour vous, quelques heures par semaine, avec vos modèles et votre ton.',
      buttonLabel: 'En parler avec un conseiller',
      buttonUrl: '/contact/',
      style: 'light',
    }),
  ],
}
