import { block, h2, h3, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'portage-salarial-freelance-ou-interim-que-choisir',
  title: 'Portage salarial, freelance ou intérim : que choisir pour un renfort administratif ?',
  excerpt:
    'Trois façons de faire appel à une compétence extérieure, trois cadres juridiques, trois logiques de coût. Le comparatif pour choisir selon la durée, la nature du besoin et le niveau d’autonomie attendu.',
  category: 'externalisation',
  tags: ['portage salarial', 'intérim', 'freelance', 'externalisation'],
  author: authors.camille,
  image: 'externalisation',
  daysAgo: 101,
  body: () => [
    ...paragraphs(`
      Votre assistante part en congé maternité, votre activité double pendant l’été, ou vous avez simplement besoin, chaque semaine, d’une compétence que personne ne maîtrise dans l’équipe. Trois formules reviennent dans toutes les discussions : l’intérim, le portage salarial et le recours à un indépendant. Elles ne répondent pas au même besoin, et les confondre peut coûter cher.
    `),
    h2('L’intérim : pour remplacer ou absorber un pic'),
    p(
      'L’entreprise de travail temporaire recrute un salarié et le met à votre disposition. Vous dirigez son travail au quotidien, comme pour un salarié ; l’agence l’emploie, le paie et vous facture.',
    ),
    ul([
      '**Quand l’utiliser** : uniquement pour les motifs prévus par la loi, comme le remplacement d’un salarié absent ou un accroissement temporaire d’activité.',
      '**Ce que cela coûte** : le salaire chargé, majoré de l’indemnité de fin de mission et de l’indemnité de congés payés (10 % chacune en règle générale), puis du coefficient de l’agence.',
      '**Les limites** : la durée est encadrée, et la personne découvre votre entreprise à chaque mission.',
    ]),
    h2('Le portage salarial : un expert autonome, salarié d’un tiers'),
    p(
      'Le consultant trouve lui-même ses missions et négocie son prix ; la société de portage l’emploie, encaisse vos factures et lui verse un salaire. Pour vous, c’est un contrat de prestation avec la société de portage.',
    ),
    ul([
      '**Quand l’utiliser** : pour une expertise que vous n’avez pas en interne, exercée avec autonomie.',
      '**Ce que cela coûte** : un tarif journalier, généralement plus élevé qu’en intérim, car il finance le salaire, les cotisations et les frais de gestion.',
      '**Les limites** : une même mission ne peut pas dépasser trente-six mois, et le portage n’a pas vocation à couvrir des tâches d’exécution sous votre direction.',
    ]),
    h2('Le freelance : une prestation, pas un emploi'),
    p(
      'L’indépendant (micro-entrepreneur, entreprise individuelle ou société) vous facture une prestation définie : un résultat ou un volume d’heures sur un périmètre donné. Il organise son travail, utilise ses propres méthodes et travaille pour plusieurs clients.',
    ),
    ul([
      '**Quand l’utiliser** : pour un besoin récurrent à temps partiel, ou une mission précise, avec un professionnel autonome.',
      '**Ce que cela coûte** : un tarif horaire ou forfaitaire, sans cotisations patronales ni indemnités.',
      '**Les limites** : pas de lien de subordination. Si vous imposez des horaires, des consignes détaillées et un contrôle permanent, comme à un salarié, le contrat risque d’être requalifié en contrat de travail.',
    ]),
    block('valueProps', {
      title: 'Le temps partagé, entre les trois',
      items: [
        {
          icon: 'users',
          title: 'Des indépendantes sélectionnées',
          text: 'Nos freelances sont vérifiées, expérimentées et installées près de chez vous.',
        },
        {
          icon: 'shield',
          title: 'Un cadre clair',
          text: 'Un contrat de prestation qui décrit le périmètre et les livrables, pas une mise à disposition déguisée.',
        },
        {
          icon: 'clock',
          title: 'La continuité assurée',
          text: 'En cas d’absence, une autre freelance du réseau reprend le dossier avec les notes de passation.',
        },
      ],
    }),
    h2('Comment choisir'),
    h3('Selon la durée'),
    p(
      'Pour quelques semaines de remplacement au pied levé, avec une présence sur place à horaires fixes, l’intérim reste adapté. Pour un besoin qui s’installe dans la durée, à raison de quelques jours par mois, une prestation en temps partagé est plus cohérente.',
    ),
    h3('Selon la nature du travail'),
    p(
      'Si vous avez besoin d’une personne que vous encadrez au quotidien, c’est un emploi : intérim, CDD ou CDI. Si vous avez besoin qu’un professionnel prenne en charge un périmètre et vous rende compte, c’est une prestation : freelance ou portage.',
    ),
    h3('Selon votre disponibilité'),
    p(
      'L’intérimaire a besoin d’être encadré. Le freelance expérimenté a besoin d’être informé. Si votre temps est la ressource la plus rare, c’est un critère décisif.',
    ),
    block('ctaBanner', {
      title: 'Pas sûr de la bonne formule ?',
      text: 'Décrivez-nous votre besoin : nous vous dirons honnêtement si le temps partagé est adapté, ou si une autre solution l’est davantage.',
      buttonLabel: 'Demander un avis',
      buttonUrl: '/diagnostic-gratuit/',
      style: 'brand',
    }),
    h2('À retenir'),
    ul([
      'Intérim : un salarié mis à disposition, pour des motifs limités et des durées encadrées.',
      'Portage salarial : un expert autonome, salarié d’une société de portage, pour trente-six mois au plus chez un même client.',
      'Freelance : une prestation définie, sans lien de subordination, idéale pour un besoin récurrent à temps partiel.',
    ]),
  ],
}
