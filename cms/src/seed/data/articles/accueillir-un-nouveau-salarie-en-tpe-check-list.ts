import { block, h2, h3, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'accueillir-un-nouveau-salarie-en-tpe-check-list',
  title: 'Accueillir un nouveau salarié en TPE : la check-list administrative',
  excerpt:
    'Avant l’arrivée, le premier jour, la première semaine, la fin de la période d’essai : ce qu’il faut préparer pour qu’une embauche se passe bien sur le plan administratif comme humain.',
  category: 'rh',
  tags: ['embauche', 'intégration', 'période d’essai', 'check-list'],
  author: authors.julien,
  image: 'rh',
  daysAgo: 55,
  related: ['administration-rh-tpe-calendrier-des-obligations', 'outils-numeriques-petit-bureau'],
  body: ({ whitePaper }) => [
    ...paragraphs(`
      Recruter prend du temps ; mal accueillir en fait perdre davantage. Dans une petite entreprise, le premier jour d’un salarié ressemble parfois à une improvisation : pas d’ordinateur, pas d’accès, un contrat qu’on finira de rédiger « cette semaine ». Le message envoyé est clair, et il n’est pas celui que vous souhaitiez.

      Voici la liste que nos assistantes RH utilisent pour préparer une arrivée. Elle se découpe en quatre moments.
    `),
    h2('Avant l’arrivée'),
    h3('Les formalités'),
    ul([
      'Rédiger le contrat de travail et le faire relire si c’est un premier recrutement ou un nouveau type de contrat.',
      'Effectuer la **déclaration préalable à l’embauche** auprès de l’Urssaf, au plus tard au moment de la prise de poste.',
      'Demander les pièces utiles : pièce d’identité, numéro de sécurité sociale, RIB, éventuels diplômes ou titres exigés.',
      'Prévenir l’expert-comptable ou le gestionnaire de paie, avec la date d’entrée et les éléments de rémunération.',
    ]),
    block('quote', {
      style: 'warning',
      text: 'Pour un salarié étranger hors Union européenne, vérifiez l’autorisation de travail avant l’embauche : l’employeur doit en demander l’authentification auprès de la préfecture.',
    }),
    h3('Le matériel et les accès'),
    ul([
      'Ordinateur configuré, téléphone si nécessaire, badge et clés.',
      'Adresse e-mail créée et ajoutée aux bonnes listes de diffusion.',
      'Accès aux outils : stockage partagé, agenda, logiciel métier, gestionnaire de mots de passe.',
      'Un poste de travail propre et équipé, même s’il est partagé.',
    ]),
    h2('Le premier jour'),
    p(
      'Quelqu’un doit être disponible pour accueillir la personne : présenter l’équipe, faire visiter les locaux, expliquer les règles pratiques (horaires, télétravail, pauses, déjeuner). Prévoyez un déjeuner d’équipe ; c’est souvent le souvenir le plus marquant d’une première journée.',
    ),
    ul([
      'Faire signer le contrat s’il ne l’a pas été électroniquement.',
      'Inscrire la personne au **registre unique du personnel**.',
      'Remettre le livret d’accueil, le règlement intérieur s’il existe, les consignes de sécurité.',
      'Affilier le salarié à la mutuelle d’entreprise ou recueillir sa demande de dispense.',
    ]),
    h2('La première semaine'),
    ul([
      'Organiser la **visite d’information et de prévention** auprès du service de santé au travail, à réaliser dans les trois mois.',
      'Fixer des objectifs simples pour le premier mois et un point hebdomadaire.',
      'Présenter les principaux clients, fournisseurs et partenaires.',
      'Désigner un référent à qui poser toutes les questions, même les plus simples.',
    ]),
    block('whitePaperPromo', {
      whitePaper: whitePaper('deleguer-l-administratif-sans-perdre-la-main'),
      title: 'Le guide pour déléguer l’administratif RH',
    }),
    h2('Le livret d’accueil, un investissement rentable'),
    p(
      'Un livret d’accueil de quelques pages répond aux questions que tout nouvel arrivant se pose sans oser les poser : qui fait quoi, où trouver les documents, comment poser un congé, à qui signaler un problème informatique, comment se passent les notes de frais. Rédigé une fois, mis à jour à chaque embauche, il fait gagner du temps à tout le monde et donne immédiatement l’image d’une entreprise organisée. Les réponses aux questions posées par les dernières recrues sont la meilleure source pour l’enrichir.',
    ),
    h2('Avant la fin de la période d’essai'),
    p(
      'La période d’essai sert aux deux parties. Planifiez un entretien de bilan quelques semaines avant son terme : ce qui fonctionne, ce qui reste à ajuster, les perspectives. Si l’essai ne se poursuit pas, respectez le délai de prévenance, qui dépend de l’ancienneté du salarié dans l’entreprise.',
    ),
    h2('Les documents à conserver'),
    p(
      'Classez dans un dossier numérique au nom du salarié : contrat et avenants, accusé de réception de la DPAE, pièces fournies, attestation de la visite médicale, justificatifs d’affiliation à la mutuelle. Une structure identique pour chaque dossier facilite la vie de toute personne qui s’en occupera ensuite, y compris en cas de contrôle.',
    ),
    p(
      'Cette check-list paraît longue ; une fois les modèles prêts, elle se déroule en deux ou trois heures de travail administratif par embauche. C’est typiquement une tâche qu’une assistante RH en temps partagé prend en charge de bout en bout.',
    ),
  ],
}
