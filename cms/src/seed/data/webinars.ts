import { h2, p, ul } from '../lexical'
import type { WebinarSeed } from '../types'
import { authors } from './authors'

const host = { name: authors.camille.name, role: authors.camille.jobTitle }

/**
 * The Thursday live at 12:30 (Paris). Slots are relative to the day the seed runs, so the demo
 * always has upcoming sessions; slugs are stable, so a re-seed moves them instead of adding new ones.
 */
export const webinars: WebinarSeed[] = [
  {
    slug: 'live-du-jeudi-le-temps-partage-en-30-minutes',
    title: 'Le temps partagé en 30 minutes : fonctionnement, tarifs, vos questions',
    summary:
      'Le rendez-vous hebdomadaire pour découvrir notre offre : comment nous sélectionnons les freelances, comment se déroule une mission, combien cela coûte. Trente minutes, dont dix de questions en direct.',
    slot: 1,
    durationMinutes: 30,
    capacity: 100,
    speakers: [host, { name: authors.julien.name, role: authors.julien.jobTitle }],
    body: () => [
      h2('Au programme'),
      ul([
        'Le temps partagé en trois minutes : pour qui, pour quelles tâches.',
        'Une mission type, du diagnostic au premier point hebdomadaire.',
        'Les tarifs, sans détour, et la comparaison avec un temps partiel salarié.',
        'Vos questions, en direct.',
      ]),
      p(
        'Le lien de connexion vous est envoyé par e-mail après inscription, avec un rappel la veille et une heure avant le début.',
      ),
    ],
  },
  {
    slug: 'live-deleguer-sa-pre-comptabilite',
    title: 'Déléguer sa pré-comptabilité : démonstration avec une assistante du réseau',
    summary:
      'Saisie des factures, notes de frais, rapprochements, relances : une assistante comptable du réseau montre, écran partagé, comment elle organise la pré-comptabilité d’une PME en quelques heures par semaine.',
    slot: 2,
    durationMinutes: 45,
    capacity: 80,
    speakers: [
      { name: authors.nadia.name, role: authors.nadia.jobTitle },
      { name: 'Sandrine L.', role: 'Assistante comptable freelance du réseau' },
    ],
    body: () => [
      h2('Ce que vous verrez'),
      ul([
        'La collecte des pièces : boîte e-mail dédiée, application de notes de frais, dossier partagé.',
        'Le rapprochement bancaire hebdomadaire, en direct.',
        'Le tableau de suivi transmis chaque mois au dirigeant et à l’expert-comptable.',
      ]),
      p(
        'Session pratique : prévoyez vos questions sur votre propre organisation, nous y répondrons en fin de séance.',
      ),
    ],
  },
  {
    slug: 'live-recruter-ou-externaliser-son-assistanat',
    title: 'Recruter ou externaliser son assistanat ? Les critères pour décider',
    summary:
      'Volume de travail, régularité, présence sur place, budget : les questions à se poser avant d’ouvrir un poste ou de faire appel à une freelance, illustrées par trois cas d’entreprises lyonnaises.',
    slot: 3,
    durationMinutes: 30,
    capacity: 100,
    speakers: [host, { name: authors.sophie.name, role: authors.sophie.jobTitle }],
    body: () => [
      h2('Au programme'),
      ul([
        'Les quatre critères qui orientent la décision.',
        'Trois cas réels, anonymisés : un négoce, une agence, un cabinet d’expertise.',
        'Les erreurs à éviter dans un sens comme dans l’autre.',
      ]),
    ],
  },
  {
    slug: 'live-special-cabinets-medicaux',
    title: 'Spécial cabinets médicaux : organiser son secrétariat',
    summary:
      'Session reportée. Agenda, rappels, tiers payant, confidentialité : comment les cabinets de groupe organisent un secrétariat partagé, à distance et sur place.',
    slot: 4,
    durationMinutes: 40,
    capacity: 60,
    status: 'cancelled',
    speakers: [{ name: authors.sophie.name, role: authors.sophie.jobTitle }],
    body: () => [
      p(
        'Cette session est reportée à une date ultérieure. Les personnes inscrites seront prévenues par e-mail dès qu’une nouvelle date sera fixée.',
      ),
    ],
  },
  {
    slug: 'live-relances-clients-les-scripts-qui-fonctionnent',
    title: 'Relances clients : les scripts qui fonctionnent',
    summary:
      'Quand relancer, par quel canal, avec quels mots : nos assistantes comptables partagent les modèles d’e-mails et de conversations téléphoniques qui raccourcissent les délais de paiement sans froisser les clients.',
    slot: -1,
    durationMinutes: 40,
    capacity: 100,
    replay: true,
    speakers: [
      { name: authors.nadia.name, role: authors.nadia.jobTitle },
      { name: 'Céline G.', role: 'Assistante comptable freelance du réseau' },
    ],
    body: () => [
      h2('Ce qui a été présenté'),
      ul([
        'Le calendrier de relance à J+3, J+15, J+30 et J+45.',
        'Trois modèles d’e-mails, du rappel cordial à la relance formelle.',
        'La conduite d’un appel de relance : questions ouvertes et engagement de date.',
      ]),
      p(
        'Le replay est disponible : regardez-le quand vous voulez, et téléchargez notre livre blanc sur la trésorerie pour aller plus loin.',
      ),
    ],
  },
  {
    slug: 'live-adv-export-sans-stress',
    title: 'ADV export sans stress : documents, Incoterms et suivi des paiements',
    summary:
      'Les bases de l’administration des ventes à l’export pour une PME : choisir l’Incoterm, préparer les documents, éviter les blocages en douane et suivre les encaissements à l’étranger.',
    slot: -2,
    durationMinutes: 45,
    capacity: 80,
    replay: true,
    speakers: [
      { name: authors.thomas.name, role: authors.thomas.jobTitle },
      { name: 'Karim B.', role: 'Assistant commercial export freelance du réseau' },
    ],
    body: () => [
      h2('Ce qui a été présenté'),
      ul([
        'Les Incoterms les plus utilisés par les PME, et leurs pièges.',
        'Le dossier type d’une expédition hors Union européenne.',
        'Le suivi des paiements et les relances dans la langue du client.',
      ]),
    ],
  },
]

export const joinUrl = (slug: string) => `https://visio.vitrine.test/live/${slug}`
export const replayUrl = (slug: string) => `https://replay.vitrine.test/webinaires/${slug}`
