import { doc, h2, p, ul } from '../../lexical'
import type { PageSeed } from '../../types'

export const page: PageSeed = {
  slug: 'services',
  title: 'Nos services',
  description:
    'Office management, assistanat de direction, comptabilité, RH, ADV export et secrétariat médical en temps partagé : des freelances expérimentées pour les TPE et PME.',
  layout: ({ image }) => [
    {
      blockType: 'hero',
      eyebrow: 'Services',
      title: 'Six métiers, une même façon de travailler',
      text: 'Quel que soit le métier, la méthode ne change pas : un diagnostic gratuit, une professionnelle choisie pour vous, un démarrage rapide et un volume d’heures qui suit votre activité.',
      image: image('externalisation'),
      actions: [
        { label: 'Demander mon diagnostic gratuit', url: '/diagnostic-gratuit/', style: 'primary' },
      ],
    },
    {
      blockType: 'cardGrid',
      title: 'Ce que nous prenons en charge',
      source: 'manual',
      cards: [
        {
          title: 'Office management',
          text: 'Gestion administrative courante, contrats, fournisseurs, locaux, organisation du bureau.',
          icon: 'users',
          label: 'Lire : le rôle de l’office manager',
          url: '/blog/office-manager-missions-competences-remuneration/',
          style: 'link',
        },
        {
          title: 'Assistanat de direction',
          text: 'Agenda, préparation des réunions et des instances, suivi des décisions, déplacements.',
          icon: 'clock',
          label: 'Demander un diagnostic',
          url: '/diagnostic-gratuit/',
          style: 'link',
        },
        {
          title: 'Comptabilité et trésorerie',
          text: 'Pré-comptabilité, notes de frais, rapprochements, relances clients, plan de trésorerie, préparation de la clôture.',
          icon: 'euro',
          label: 'Voir nos articles finance',
          url: '/blog/categorie/finance-tresorerie/',
          style: 'link',
        },
        {
          title: 'Administration RH',
          text: 'Embauches, registres, éléments variables de paie, visites médicales, entretiens, affichages obligatoires.',
          icon: 'shield',
          label: 'Voir nos articles RH',
          url: '/blog/categorie/rh/',
          style: 'link',
        },
        {
          title: 'Commercial et ADV export',
          text: 'Devis, commandes, documents d’expédition, Incoterms, suivi des paiements, préparation des salons.',
          icon: 'chart',
          label: 'Voir nos articles export',
          url: '/blog/categorie/commercial-export/',
          style: 'link',
        },
        {
          title: 'Secrétariat médical',
          text: 'Agenda, rappels, courriers, tiers payant, accueil des patients, à distance ou au cabinet.',
          icon: 'bolt',
          label: 'Voir nos articles santé',
          url: '/blog/categorie/secretariat-medical/',
          style: 'link',
        },
      ],
    },
    {
      blockType: 'richContent',
      content: doc(
        [
          h2('Comment se déroule une mission'),
          ul([
            '**Le diagnostic** : trente minutes au téléphone pour inventorier vos tâches, vos outils et vos échéances.',
            '**La proposition** : sous 48 heures ouvrées, un profil du réseau et une estimation du volume d’heures.',
            '**Le démarrage** : une rencontre à trois, la préparation des accès, puis les premières tâches récurrentes.',
            '**Le suivi** : un point hebdomadaire avec la freelance, un bilan trimestriel avec votre conseiller.',
          ]),
          h2('Nos tarifs'),
          p(
            'Vous réglez les heures effectuées, à un tarif horaire hors taxes qui dépend de la technicité de la mission. Le relevé mensuel détaille le temps passé par tâche. Pas de frais d’inscription, pas de durée minimale d’engagement : le préavis pour réduire ou arrêter la mission est précisé dans le contrat.',
          ),
        ],
        'pages:services:richContent',
      ),
    },
    {
      blockType: 'valueProps',
      title: 'Nos engagements',
      items: [
        {
          icon: 'bolt',
          title: 'Un profil sous 48 heures',
          text: 'Après le diagnostic, une proposition concrète en deux jours ouvrés.',
        },
        {
          icon: 'shield',
          title: 'Des freelances vérifiées',
          text: 'Entretien, références contrôlées, mise en situation : chaque profil est sélectionné avant d’entrer dans le réseau.',
        },
        {
          icon: 'users',
          title: 'La continuité assurée',
          text: 'Procédures écrites et remplaçante identifiée : vos dossiers ne s’arrêtent pas pendant les congés.',
        },
      ],
    },
    {
      blockType: 'leadForm',
      kind: 'quote',
      title: 'Demander un devis',
      text: 'Décrivez votre besoin en quelques lignes : un conseiller étudie votre demande et vous envoie une proposition chiffrée dès le jour ouvré suivant.',
    },
  ],
}
