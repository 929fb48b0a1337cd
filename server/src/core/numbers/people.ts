/** Nouns that decide whether `N-year-old` is an age (a person) or a duration (a thing). */

export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'child', 'baby', 'infant', 'toddler', 'teenager', 'teen', 'son',
  'daughter', 'mother', 'father', 'brother', 'sister', 'wife', 'husband', 'partner', 'grandmother',
  'grandfather', 'girlfriend', 'boyfriend', 'person', 'student', 'pupil', 'player', 'striker',
  'goalkeeper', 'midfielder', 'defender', 'forward', 'winger', 'captain', 'coach', 'manager', 'driver',
  'rider', 'cyclist', 'runner', 'swimmer', 'boxer', 'officer', 'soldier', 'sergeant', 'general',
  'colonel', 'commander', 'teacher', 'nurse', 'doctor', 'lawyer', 'judge', 'executive', 'chief',
  'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'veteran', 'victim', 'suspect',
  'resident', 'worker', 'employee', 'farmer', 'pilot', 'journalist', 'reporter', 'actor', 'actress',
  'singer', 'musician', 'artist', 'writer', 'author', 'politician', 'senator', 'mayor', 'candidate',
  'leader', 'founder', 'entrepreneur', 'businessman', 'businesswoman', 'star', 'champion', 'athlete',
  'fan', 'patient', 'pensioner', 'retiree', 'volunteer', 'mum', 'mom', 'dad', 'grandson',
  'granddaughter', 'nephew', 'niece', 'cousin', 'friend', 'neighbour', 'neighbor', 'widow',
  'widower', 'refugee', 'migrant', 'prisoner', 'defendant', 'gunman', 'attacker', 'hostage',
  'survivor', 'climber', 'hiker', 'skier', 'golfer', 'jockey', 'bowler', 'batsman', 'scientist',
  'researcher', 'professor', 'engineer', 'activist', 'protester', 'civilian', 'motorist',
  'pedestrian', 'cleric', 'priest', 'bishop', 'pope', 'king', 'queen', 'prince', 'princess',
  'rapper', 'model', 'designer', 'chef', 'owner', 'director', 'youngster', 'debutant', 'rookie',
  'prodigy', 'veteran', 'centenarian', 'heir', 'guard', 'policeman', 'policewoman', 'firefighter',
  'paramedic', 'teammate', 'opponent', 'skipper', 'playmaker', 'keeper', 'fighter', 'wrestler',
]);

export const THING_NOUNS: ReadonlySet<string> = new Set([
  'war', 'conflict', 'invasion', 'dispute', 'crisis', 'ban', 'law', 'building', 'bridge', 'house',
  'tree', 'company', 'firm', 'business', 'tradition', 'rule', 'policy', 'ceasefire', 'truce', 'siege',
  'strike', 'record', 'mystery', 'case', 'investigation', 'rivalry', 'partnership', 'alliance',
  'treaty', 'feud', 'moratorium', 'blockade', 'occupation', 'insurgency', 'campaign', 'programme',
  'program', 'project', 'deal', 'agreement', 'debt', 'loan', 'bond', 'contract', 'plan', 'regime',
  'government', 'era', 'marriage', 'relationship', 'career', 'institution', 'church', 'castle',
  'tower', 'temple', 'pipeline', 'reactor', 'plant', 'factory', 'ship', 'vessel', 'aircraft', 'car',
  'vehicle', 'fleet', 'station', 'stadium', 'school', 'hospital', 'mine', 'dam', 'road', 'wall',
  'stalemate', 'standoff', 'drought', 'embargo', 'lockdown', 'shutdown', 'protest', 'movement',
  'uprising', 'revolution', 'party', 'coalition', 'system', 'network', 'species', 'fossil', 'painting',
  'manuscript', 'wine', 'whisky', 'recipe', 'song', 'film', 'show', 'series', 'brand', 'design',
]);
