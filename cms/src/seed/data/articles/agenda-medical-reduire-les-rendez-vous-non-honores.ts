import { block, h2, h3, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'agenda-medical-reduire-les-rendez-vous-non-honores',
  title: 'Agenda médical : réduire les rendez-vous non honorés',
  excerpt:
    'Chaque rendez-vous manqué est un créneau perdu pour un autre patient. Rappels, liste d’attente, règles de prise de rendez-vous : les leviers d’organisation que le secrétariat peut actionner dès cette semaine.',
  category: 'secretariat-medical',
  tags: ['agenda', 'rendez-vous', 'cabinet médical', 'organisation'],
  author: authors.sophie,
  image: 'medical',
  daysAgo: 6,
  related: ['externaliser-le-secretariat-d-un-cabinet-medical'],
  body: () => [
    ...paragraphs(`
      Un patient qui ne vient pas et ne prévient pas, c’est un quart d’heure ou une demi-heure de consultation perdue, alors que d’autres attendent un rendez-vous depuis des semaines. Les professionnels de santé le vivent comme une injustice, et ils n’ont pas tort. Mais avant de penser sanctions, il y a beaucoup à gagner du côté de l’organisation.

      Les causes des rendez-vous non honorés sont connues : un rendez-vous pris longtemps à l’avance et oublié, une annulation impossible faute de joindre le cabinet, un créneau réservé « au cas où » sur plusieurs agendas. Le secrétariat a prise sur chacune d’elles.
    `),
    h2('Les leviers les plus efficaces'),
    h3('Le rappel la veille'),
    p(
      'Un SMS ou un e-mail de rappel, envoyé la veille et, pour les rendez-vous lointains, une semaine avant, reste le levier le plus simple. La plupart des agendas en ligne le proposent ; encore faut-il vérifier qu’il est activé et que les numéros de téléphone des patients sont à jour.',
    ),
    h3('L’annulation facile'),
    p(
      'Un patient qui ne parvient pas à joindre le cabinet pour annuler ne viendra pas, sans prévenir. Offrir un moyen simple d’annuler (lien dans le rappel, messagerie, ligne dédiée) libère des créneaux qui pourront être réattribués.',
    ),
    h3('La liste d’attente'),
    p(
      'Tenir une liste de patients disponibles à bref délai permet de remplir un créneau libéré le matin même. Une secrétaire réactive peut rappeler deux ou trois personnes en quelques minutes.',
    ),
    block('valueProps', {
      title: 'Ce qu’un secrétariat organisé change',
      items: [
        {
          icon: 'clock',
          title: 'Des créneaux réattribués',
          text: 'Un désistement signalé la veille devient un rendez-vous pour un patient de la liste d’attente.',
        },
        {
          icon: 'users',
          title: 'Des patients mieux orientés',
          text: 'Le bon motif, la bonne durée, le bon praticien : moins de consultations à reprogrammer.',
        },
        {
          icon: 'shield',
          title: 'Un cadre rassurant',
          text: 'Des règles claires, appliquées avec courtoisie, sont mieux acceptées que des reproches.',
        },
      ],
    }),
    h2('Des règles de prise de rendez-vous explicites'),
    ul([
      'Limiter le délai de réservation pour les consultations courantes, afin d’éviter les rendez-vous pris trois mois à l’avance et oubliés.',
      'Adapter la durée du créneau au motif, pour éviter les retards en cascade qui découragent les patients suivants.',
      'Réserver chaque jour quelques créneaux aux demandes du jour même.',
      'Noter les absences répétées dans le dossier administratif et en parler avec le patient lors de sa prochaine venue.',
    ]),
    p(
      'Ces règles gagnent à être affichées en salle d’attente et rappelées sur la page de prise de rendez-vous en ligne. Elles doivent être validées par chaque praticien, puis appliquées de façon constante par le secrétariat.',
    ),
    h2('Le téléphone, toujours au cœur de l’accueil'),
    p(
      'Malgré les agendas en ligne, une part importante des patients continue de téléphoner, en particulier les personnes âgées et les familles. Un cabinet injoignable pousse les patients à multiplier les réservations ailleurs, puis à ne pas se présenter. Des plages d’accueil téléphonique clairement annoncées, un message d’attente qui indique comment annuler et un rappel systématique des appels manqués réduisent nettement ce phénomène.',
    ),
    h3('Les consultations à distance'),
    p(
      'Pour les téléconsultations, un lien de connexion envoyé avec le rappel et un court test technique proposé aux patients qui débutent évitent bien des rendez-vous manqués pour de simples raisons techniques.',
    ),
    p(
      'Dans tous les cas, le ton reste bienveillant : un patient qui a oublié un rendez-vous traverse parfois une période difficile, et un rappel cordial vaut mieux qu’un reproche.',
    ),
    h2('Mesurer pour progresser'),
    p(
      'Un suivi mensuel du nombre de rendez-vous non honorés, par jour de la semaine et par délai de réservation, fait souvent apparaître des tendances : le lundi matin, les rendez-vous pris plus d’un mois à l’avance, certains motifs. Ces chiffres permettent de cibler les efforts, et de constater les progrès.',
    ),
    block('ctaBanner', {
      title: 'Un secrétariat médical, à distance ou au cabinet',
      text: 'Nos secrétaires médicales freelances gèrent votre agenda, vos rappels et votre liste d’attente, dans vos logiciels et selon vos consignes.',
      buttonLabel: 'Demander un diagnostic gratuit',
      buttonUrl: '/diagnostic-gratuit/',
      style: 'brand',
    }),
    h2('En résumé'),
    ul([
      'Rappeler la veille, et une semaine avant pour les rendez-vous lointains.',
      'Rendre l’annulation aussi simple que la réservation.',
      'Tenir une liste d’attente pour réattribuer les créneaux libérés.',
      'Écrire des règles claires, et les appliquer avec constance et courtoisie.',
    ]),
  ],
}
