//! Gazetteers and cue words for named entities, as compact reviewable tables.
//!
//! Every list below was written for Nutshell from general knowledge; none is copied from another
//! project. Entries are separated by `|`; lookups fold case, common diacritics, hyphens and
//! apostrophes (see [`fold`]), so "Etats-Unis", "États Unis" and "ETATS-UNIS" are one key.
//! Each table names its source. Keep entries general (well-known names), never tuned to a test set.

use super::Lang;
use crate::hash::FastMap;
use std::sync::OnceLock;

/// What a gazetteer says about a (folded) word or phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// A place: country, region, continent, sea.
    Place,
    /// A city: a place, but also what sports results call a team ("Barcelona 2 Milan 1").
    City,
    /// A well-known organisation.
    Org,
    /// A common given name: a sequence starting with it names a person.
    Given,
    /// A title or honorific before a person's name ("M.", "Dr", "President", "ministre").
    Title,
    /// A word that makes the sequence it ends (or starts) an organisation ("Bank", "GmbH", "Inc").
    OrgWord,
    /// A word that makes the sequence it starts or ends a place ("Lake", "rue", "Kanton").
    PlaceWord,
    /// A word that makes the sequence it ends the name of something else: an event, a prize, a
    /// law, a product ("World Cup", "Nobel Prize", "Clean Air Act").
    OtherWord,
    /// A capitalised word that is not a name: months, weekdays, nationalities, interjections.
    NotName,
}

/// Countries and territories: written for Nutshell from the UN member list and common usage,
/// names in English, French and German (with older German spellings still seen in print).
const COUNTRIES: &str = "Afghanistan|Albania|Albanie|Albanien|Algeria|Algérie|Algerien|Andorra|Andorre|Angola|Argentina|Argentine|Argentinien|Armenia|Arménie|Armenien|Australia|Australie|Australien|Austria|Autriche|Österreich|Oesterreich|Azerbaijan|Azerbaïdjan|Aserbaidschan|Bahamas|Bahrain|Bahreïn|Bangladesh|Barbados|Belarus|Biélorussie|Weißrussland|Belgium|Belgique|Belgien|Belize|Benin|Bénin|Bhutan|Bolivia|Bolivie|Bolivien|Bosnia|Bosnie|Bosnien|Botswana|Brazil|Brésil|Brasilien|Brunei|Bulgaria|Bulgarie|Bulgarien|Burkina Faso|Burundi|Cambodia|Cambodge|Kambodscha|Cameroon|Cameroun|Kamerun|Canada|Kanada|Chad|Tchad|Tschad|Chile|Chili|China|Chine|Colombia|Colombie|Kolumbien|Comoros|Congo|Kongo|Costa Rica|Croatia|Croatie|Kroatien|Cuba|Kuba|Cyprus|Chypre|Zypern|Czech Republic|Czechia|République tchèque|Tschechien|Denmark|Danemark|Dänemark|Djibouti|Dominica|Dominican Republic|Ecuador|Équateur|Egypt|Égypte|Ägypten|Egypten|El Salvador|Eritrea|Érythrée|Estonia|Estonie|Estland|Ethiopia|Éthiopie|Äthiopien|Abyssinia|Abyssinie|Abessinien|Fiji|Fidji|Finland|Finlande|Finnland|France|Frankreich|Gabon|Gabun|Gambia|Gambie|Georgia|Géorgie|Georgien|Germany|Allemagne|Deutschland|Ghana|Greece|Grèce|Griechenland|Grenada|Guatemala|Guinea|Guinée|Guyana|Haiti|Haïti|Honduras|Hungary|Hongrie|Ungarn|Iceland|Islande|Island|India|Inde|Indien|Indonesia|Indonésie|Indonesien|Iran|Iraq|Irak|Ireland|Irlande|Irland|Israel|Israël|Italy|Italie|Italien|Ivory Coast|Côte d'Ivoire|Elfenbeinküste|Jamaica|Jamaïque|Jamaika|Japan|Japon|Jordan|Jordanie|Jordanien|Kazakhstan|Kasachstan|Kenya|Kenia|Kiribati|Kosovo|Kuwait|Koweït|Kyrgyzstan|Kirghizistan|Laos|Latvia|Lettonie|Lettland|Lebanon|Liban|Libanon|Lesotho|Liberia|Libéria|Libya|Libye|Libyen|Liechtenstein|Lithuania|Lituanie|Litauen|Luxembourg|Luxemburg|Madagascar|Madagaskar|Malawi|Malaysia|Malaisie|Maldives|Malediven|Mali|Malta|Malte|Mauritania|Mauritanie|Mauretanien|Mauritius|Maurice|Mexico|Mexique|Mexiko|Moldova|Moldavie|Moldau|Monaco|Mongolia|Mongolie|Mongolei|Montenegro|Monténégro|Morocco|Maroc|Marokko|Mozambique|Mosambik|Myanmar|Burma|Birmanie|Namibia|Namibie|Nepal|Népal|Netherlands|Pays-Bas|Niederlande|Holland|Hollande|New Zealand|Nouvelle-Zélande|Neuseeland|Nicaragua|Niger|Nigeria|Nigéria|North Korea|Corée du Nord|Nordkorea|North Macedonia|Macedonia|Macédoine|Mazedonien|Norway|Norvège|Norwegen|Oman|Pakistan|Palestine|Palästina|Panama|Papua New Guinea|Paraguay|Peru|Pérou|Philippines|Philippinen|Poland|Pologne|Polen|Portugal|Qatar|Katar|Romania|Roumanie|Rumänien|Russia|Russie|Russland|Rußland|Rwanda|Ruanda|Samoa|San Marino|Saint-Marin|Saudi Arabia|Arabie saoudite|Saudi-Arabien|Senegal|Sénégal|Serbia|Serbie|Serbien|Seychelles|Sierra Leone|Singapore|Singapour|Singapur|Slovakia|Slovaquie|Slowakei|Slovenia|Slovénie|Slowenien|Somalia|Somalie|South Africa|Afrique du Sud|Südafrika|South Korea|Corée du Sud|Südkorea|Korea|Corée|South Sudan|Spain|Espagne|Spanien|Sri Lanka|Ceylon|Sudan|Soudan|Suriname|Sweden|Suède|Schweden|Switzerland|Suisse|Schweiz|Syria|Syrie|Syrien|Taiwan|Taïwan|Tajikistan|Tadjikistan|Tanzania|Tanzanie|Tansania|Thailand|Thaïlande|Siam|Togo|Tonga|Trinidad|Tunisia|Tunisie|Tunesien|Turkey|Turquie|Türkei|Turkmenistan|Uganda|Ouganda|Ukraine|United Arab Emirates|Émirats arabes unis|United Kingdom|Royaume-Uni|Großbritannien|Grossbritannien|Great Britain|Grande-Bretagne|Britain|Angleterre|England|Scotland|Écosse|Schottland|Wales|Pays de Galles|Northern Ireland|Irlande du Nord|Nordirland|United States|États-Unis|Vereinigte Staaten|Vereinigten Staaten|USA|U.S.|U.S.A.|US|America|Amérique|Amerika|Uruguay|Uzbekistan|Ouzbékistan|Usbekistan|Vatican|Vatikan|Venezuela|Vietnam|Viêt Nam|Yemen|Yémen|Jemen|Zambia|Zambie|Sambia|Zimbabwe|Simbabwe|Zaire|Zaïre|Yugoslavia|Yougoslavie|Jugoslawien|Czechoslovakia|Tchécoslovaquie|Tschechoslowakei|Soviet Union|Union soviétique|USSR|URSS|UdSSR|Sowjetunion|Prussia|Prusse|Preußen|Preussen|Bohemia|Bohême|Böhmen|Bavaria|Bavière|Bayern|Saxony|Saxe|Sachsen|Hong Kong|Hongkong|Puerto Rico|Greenland|Groenland|Grönland|Tibet|Kurdistan|Chechnya|Tchétchénie|Tschetschenien|Kashmir|Cachemire|Kaschmir|Gaza|West Bank|Cisjordanie|Westjordanland|UK|Persia|Perse|Persien|Ottoman Empire|Empire ottoman";

/// Capitals and large cities: written for Nutshell from general knowledge of world capitals and
/// the largest cities of Europe and North America, with Swiss, French, German and Belgian towns
/// that Swiss and French news name often; English, French and German exonyms.
const CITIES: &str = "Paris|London|Londres|Berlin|Madrid|Rome|Rom|Roma|Vienna|Vienne|Wien|Brussels|Bruxelles|Brüssel|Amsterdam|The Hague|La Haye|Den Haag|Rotterdam|Lisbon|Lisbonne|Lissabon|Dublin|Edinburgh|Édimbourg|Copenhagen|Copenhague|Kopenhagen|Stockholm|Oslo|Helsinki|Reykjavik|Warsaw|Varsovie|Warschau|Prague|Prag|Budapest|Bucharest|Bucarest|Bukarest|Sofia|Athens|Athènes|Athen|Belgrade|Belgrad|Zagreb|Ljubljana|Sarajevo|Tirana|Skopje|Bratislava|Kiev|Kyiv|Kiew|Moscow|Moscou|Moskau|St Petersburg|Saint Petersburg|Saint-Pétersbourg|Petersburg|Sankt Petersburg|Minsk|Vilnius|Riga|Tallinn|Ankara|Istanbul|Constantinople|Konstantinopel|Geneva|Genève|Genf|Bern|Berne|Zurich|Zürich|Basel|Bâle|Lausanne|Lucerne|Luzern|Lugano|Neuchâtel|Fribourg|Freiburg|Sion|Sitten|Winterthur|St. Gallen|Saint-Gall|Schaffhausen|Schaffhouse|Solothurn|Soleure|Chur|Coire|Biel|Bienne|Thun|Thoune|Aarau|Zug|Zoug|Locarno|Bellinzona|Montreux|Vevey|Yverdon|Nyon|Morges|Delémont|La Chaux-de-Fonds|Chaux-de-Fonds|Le Locle|Locle|Martigny|Monthey|Davos|Lyon|Lyons|Marseille|Marseilles|Toulouse|Nice|Nantes|Strasbourg|Straßburg|Strassburg|Montpellier|Bordeaux|Lille|Rennes|Reims|Toulon|Grenoble|Dijon|Angers|Nîmes|Avignon|Metz|Nancy|Besançon|Mulhouse|Rouen|Le Havre|Orléans|Tours|Limoges|Clermont-Ferrand|Brest|Calais|Versailles|Annecy|Chambéry|Cannes|Colmar|Hamburg|Hambourg|Munich|München|Cologne|Köln|Frankfurt|Francfort|Stuttgart|Düsseldorf|Dortmund|Essen|Leipzig|Dresden|Dresde|Hanover|Hannover|Hanovre|Nuremberg|Nürnberg|Bremen|Brême|Bonn|Mannheim|Karlsruhe|Augsburg|Wiesbaden|Mainz|Mayence|Heidelberg|Aachen|Aix-la-Chapelle|Trier|Trèves|Konstanz|Constance|Salzburg|Salzbourg|Innsbruck|Graz|Linz|Antwerp|Anvers|Antwerpen|Ghent|Gand|Gent|Liège|Lüttich|Bruges|Brügge|Namur|Charleroi|Luxembourg City|Milan|Milano|Mailand|Naples|Napoli|Neapel|Turin|Torino|Florence|Firenze|Florenz|Venice|Venise|Venedig|Venezia|Genoa|Gênes|Genua|Bologna|Bologne|Palermo|Barcelona|Barcelone|Valencia|Valence|Seville|Séville|Sevilla|Bilbao|Porto|Oporto|Manchester|Liverpool|Birmingham|Leeds|Glasgow|Bristol|Sheffield|Cardiff|Belfast|Oxford|Cambridge|New York|New-York|New York City|Washington|Los Angeles|Chicago|Houston|Philadelphia|Philadelphie|Phoenix|San Francisco|San Diego|Dallas|Boston|Detroit|Seattle|Miami|Atlanta|Denver|Las Vegas|New Orleans|La Nouvelle-Orléans|Baltimore|Pittsburgh|Cleveland|St. Louis|Minneapolis|Toronto|Montreal|Montréal|Vancouver|Ottawa|Quebec|Québec|Mexico City|Havana|La Havane|Havanna|Buenos Aires|Rio de Janeiro|São Paulo|Sao Paulo|Brasilia|Santiago|Lima|Bogota|Bogotá|Caracas|Montevideo|Tokyo|Tokio|Osaka|Kyoto|Beijing|Peking|Pékin|Shanghai|Shanghaï|Hong Kong|Seoul|Séoul|Pyongyang|Taipei|Manila|Manille|Jakarta|Bangkok|Hanoi|Saigon|Ho Chi Minh City|Singapore|Kuala Lumpur|Delhi|New Delhi|Bombay|Mumbai|Calcutta|Kolkata|Karachi|Islamabad|Lahore|Kabul|Dhaka|Colombo|Tehran|Téhéran|Teheran|Baghdad|Bagdad|Damascus|Damas|Damaskus|Beirut|Beyrouth|Jerusalem|Jérusalem|Tel Aviv|Amman|Riyadh|Riyad|Mecca|La Mecque|Mekka|Dubai|Dubaï|Doha|Cairo|Le Caire|Kairo|Alexandria|Alexandrie|Tripoli|Tunis|Algiers|Alger|Algier|Rabat|Casablanca|Dakar|Lagos|Abuja|Accra|Nairobi|Addis Ababa|Addis-Abeba|Khartoum|Kinshasa|Johannesburg|Cape Town|Le Cap|Kapstadt|Pretoria|Harare|Sydney|Melbourne|Canberra|Brisbane|Perth|Auckland|Wellington|Rangoon|Yangon|Monte Carlo|Vaduz|Valletta|Nicosia|Nicosie";

/// Regions, states, provinces, continents, seas, rivers and mountains: written for Nutshell from
/// general knowledge (US states, Swiss cantons, German Länder, French regions, world geography).
const REGIONS: &str = "Europe|Europa|Asia|Asie|Asien|Africa|Afrique|Afrika|North America|South America|Amérique du Nord|Amérique du Sud|Nordamerika|Südamerika|Latin America|Amérique latine|Lateinamerika|Oceania|Océanie|Ozeanien|Antarctica|Antarctique|Antarktis|Arctic|Arctique|Arktis|Middle East|Moyen-Orient|Nahost|Near East|Proche-Orient|Far East|Extrême-Orient|Balkans|Balkan|Scandinavia|Scandinavie|Skandinavien|Siberia|Sibérie|Sibirien|Caucasus|Caucase|Kaukasus|Mediterranean|Méditerranée|Mittelmeer|Atlantic|Atlantique|Atlantik|Pacific|Pacifique|Pazifik|Baltic|Baltique|Ostsee|North Sea|mer du Nord|Nordsee|Black Sea|mer Noire|Schwarzes Meer|Caribbean|Caraïbes|Karibik|West Indies|Antilles|Antillen|Gulf|Persian Gulf|golfe Persique|Alps|Alpes|Alpen|Jura|Pyrenees|Pyrénées|Pyrenäen|Himalaya|Rhine|Rhin|Rhein|Rhône|Rhone|Danube|Donau|Seine|Loire|Thames|Tamise|Themse|Elbe|Oder|Nile|Nil|Volga|Wolga|Amazon|Mississippi|Alabama|Alaska|Arizona|Arkansas|California|Californie|Kalifornien|Colorado|Connecticut|Delaware|Florida|Floride|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Louisiane|Maine|Maryland|Massachusetts|Michigan|Minnesota|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Pennsylvanie|Pensylvanie|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Virginie|West Virginia|Wisconsin|Wyoming|Ontario|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|Newfoundland|Yorkshire|Kent|Cornwall|Bavaria|Baden|Württemberg|Hesse|Hessen|Thuringia|Thüringen|Brandenburg|Brandebourg|Westphalia|Westfalen|Westphalie|Rhineland|Rhénanie|Rheinland|Saxony|Silesia|Silésie|Schlesien|Pomerania|Pommern|Holstein|Schleswig|Tyrol|Tirol|Carinthia|Kärnten|Styria|Steiermark|Alsace|Elsass|Elsaß|Lorraine|Lothringen|Normandy|Normandie|Brittany|Bretagne|Burgundy|Bourgogne|Burgund|Provence|Corsica|Corse|Korsika|Savoy|Savoie|Savoyen|Champagne|Picardie|Languedoc|Aquitaine|Auvergne|Gascogne|Flanders|Flandre|Flandern|Wallonia|Wallonie|Catalonia|Catalogne|Katalonien|Andalusia|Andalousie|Andalusien|Basque Country|Pays basque|Sicily|Sicile|Sizilien|Sardinia|Sardaigne|Sardinien|Tuscany|Toscane|Toskana|Lombardy|Lombardie|Lombardei|Piedmont|Piémont|Piemont|Lapland|Crimea|Crimée|Krim|Ukraine|Galicia|Galicie|Galizien|Transylvania|Transylvanie|Siebenbürgen|Macedonia|Anatolia|Anatolie|Anatolien|Mesopotamia|Palestine|Sinai|Sinaï|Kashmir|Punjab|Bengal|Bengale|Manchuria|Mandchourie|Mandschurei|Mongolia|Patagonia|Patagonie|Tasmania|Tasmanie|Zurich|Berne|Lucerne|Uri|Schwyz|Schwytz|Obwalden|Nidwalden|Glarus|Glaris|Zug|Fribourg|Solothurn|Basel-Stadt|Basel-Land|Schaffhausen|Appenzell|St. Gallen|Graubünden|Grisons|Aargau|Argovie|Thurgau|Thurgovie|Ticino|Tessin|Vaud|Waadt|Valais|Wallis|Neuchâtel|Geneva|Engadin|Engadine|Emmental|Oberland|Gotthard|Simplon|Mont Blanc|Mont-Blanc|Matterhorn|Cervin|Léman|Lac Léman|Bodensee|Lake Constance|Lac de Constance|Vierwaldstättersee|Eurasia|Indochina|Indochine|Borneo|Bornéo|Java|Sumatra|Cuba|Greenland|Iceland|Hawai|Sahara|Maghreb|Gaul|Gaule|Ruhr|Saar|Sarre|Kosovo|Darfur|Chechnya|Xinjiang|Guangdong|Hokkaido|Okinawa|Quebec|Flandres|Hexagone";

/// Well-known organisations: written for Nutshell from general knowledge (international bodies,
/// news agencies, large companies and institutions often named in the news).
const ORGS: &str = "UN|U.N.|ONU|UNO|United Nations|Nations unies|Vereinte Nationen|UNESCO|UNICEF|WHO|OMS|WTO|OMC|IMF|FMI|IWF|World Bank|Banque mondiale|Weltbank|NATO|OTAN|EU|UE|European Union|Union européenne|Europäische Union|European Commission|Commission européenne|EU-Kommission|European Parliament|Parlement européen|Europaparlament|Council of Europe|Conseil de l'Europe|Europarat|OECD|OCDE|OPEC|OPEP|G7|G20|ECB|BCE|EZB|Fed|Federal Reserve|Bundesbank|Banque de France|Bank of England|Bank of Japan|SNB|BNS|Red Cross|Croix-Rouge|Rotes Kreuz|ICRC|CICR|IKRK|Interpol|Europol|FIFA|UEFA|IOC|CIO|IAAF|NBA|NFL|NHL|NASA|ESA|CERN|FBI|CIA|NSA|KGB|FSB|Pentagon|Congress|Senate|Sénat|Bundestag|Bundesrat|Bundesrates|Bundesrath|Bundesversammlung|Nationalrat|Ständerat|Assemblée nationale|Conseil fédéral|Conseil national|Conseil des États|Conseil d'État|Conseil constitutionnel|Kremlin|Élysée|Elysée|Elysee|Reichstag|Reichsrat|Reichsrath|Landtag|Knesset|Duma|House of Commons|House of Lords|Parliament|Parlement|Labour|Labour Party|Conservative Party|Tories|Democratic Party|Republican Party|Democrats|Republicans|SPD|CDU|CSU|FDP|SVP|UDC|PLR|PS|LR|RN|Hamas|Hezbollah|Hizbollah|PLO|OLP|Fatah|Taliban|al-Qaeda|Al Qaeda|IRA|ETA|PKK|ANC|Reuters|Reuter|AFP|Agence France-Presse|AP|Associated Press|DPA|dpa|ATS|ats|SDA|Havas|Xinhua|Tass|TASS|Interfax|Bloomberg|BBC|CNN|ABC|CBS|NBC|Fox News|Al Jazeera|New York Times|Washington Post|Wall Street Journal|Financial Times|The Times|The Guardian|Le Monde|Le Figaro|Libération|Der Spiegel|Spiegel|Die Zeit|Frankfurter Allgemeine|Süddeutsche Zeitung|Neue Zürcher Zeitung|NZZ|Le Temps|Tribune de Genève|24 heures|Apple|Google|Alphabet|Microsoft|Amazon|Meta|Facebook|Twitter|Instagram|YouTube|TikTok|Netflix|Intel|AMD|Nvidia|IBM|Oracle|Samsung|Sony|Huawei|Alibaba|Tencent|Baidu|OpenAI|Anthropic|Mistral AI|Tesla|SpaceX|Boeing|Airbus|Lockheed Martin|General Motors|GM|Ford|Chrysler|Toyota|Honda|Nissan|Volkswagen|VW|BMW|Daimler|Mercedes-Benz|Porsche|Audi|Renault|Peugeot|Stellantis|Fiat|Ferrari|Volvo|Siemens|Bosch|BASF|Bayer|SAP|Deutsche Bank|Commerzbank|Allianz|Lufthansa|Deutsche Telekom|Schneider Electric|TotalEnergies|Total|Elf|Shell|BP|Exxon|ExxonMobil|Mobil|Chevron|Gazprom|Rosneft|Aramco|Nestlé|Nestle|Novartis|Roche|UBS|Credit Suisse|Crédit Suisse|Swiss Re|Zurich Insurance|ABB|Swatch|Swisscom|Swissair|SBB|CFF|Migros|Coop|Glencore|Holcim|Logitech|LVMH|L'Oréal|Danone|Carrefour|Michelin|Orange|Vivendi|Sanofi|Thales|Dassault|Safran|BNP Paribas|Société Générale|Crédit Agricole|AXA|EDF|Engie|SNCF|Air France|Alstom|Bouygues|Vinci|Unilever|Philips|HSBC|Barclays|Lloyds|Goldman Sachs|JPMorgan|Morgan Stanley|Citigroup|Citibank|Bank of America|Wells Fargo|Merrill Lynch|Visa|Mastercard|American Express|Coca-Cola|PepsiCo|McDonald's|Walmart|Disney|Warner Bros|Pfizer|Moderna|Johnson & Johnson|Merck|AstraZeneca|GlaxoSmithKline|GSK|British Airways|Ryanair|easyJet|KLM|Iberia|Alitalia|Aeroflot|Emirates|Qatar Airways|Harvard|Yale|Stanford|MIT|Oxford University|Cambridge University|Sorbonne|ETH|EPFL|Vatican|Wehrmacht|Reichswehr|Bundeswehr|Gestapo|SS|Komintern|Comintern|Ajax|Juventus|Real Madrid|FC Barcelona|Bayern Munich|Bayern München|Manchester United|Manchester City|Liverpool FC|Arsenal|Chelsea|Tottenham|AC Milan|Inter Milan|Paris Saint-Germain|PSG|Olympique de Marseille|Grasshoppers|FC Basel|Young Boys|Servette|Benfica|Celtic|Rangers|Standard Chartered|Nasdaq|NYSE|Euronext|Wall Street|Dow Jones|Moody's|Standard & Poor's|Fitch|Greenpeace|Amnesty International|Médecins sans frontières|MSF|Salvation Army|Armée du Salut|Heilsarmee|Jesuits|Jésuites|Jesuiten";

/// Common given names: written for Nutshell from general knowledge of frequent first names in
/// English, French, German, Italian and Spanish speaking countries (both sexes), with short forms
/// and the abbreviations old newspapers print before a surname ("Wm.", "Thos.", "Chr.").
const GIVEN: &str = "Aaron|Adam|Adrian|Adrien|Agnès|Agnes|Alain|Alan|Albert|Alberto|Albrecht|Alex|Alexander|Alexandre|Alexandra|Alexis|Alfred|Alfredo|Alice|Alicia|Alison|Amanda|Amélie|Amy|Ana|André|Andre|Andrea|Andreas|Andrew|Andy|Angela|Angelo|Anita|Ann|Anna|Anne|Annie|Anthony|Antoine|Anton|Antonio|Arnold|Arthur|Aug.|Chr.|Ch.|Chas.|Geo.|Jas.|Jno.|Jos.|Thos.|Wm.|Robt.|Benj.|Saml.|Edw.|Alex.|Fréd.|Joh.|Wilh.|Auguste|August|Barbara|Barry|Bart|Beat|Beatrice|Béatrice|Ben|Benjamin|Benoît|Bernard|Bernd|Bernhard|Bertrand|Bill|Bob|Boris|Brian|Bruce|Bruno|Caroline|Carl|Carlo|Carlos|Carol|Catherine|Cécile|Charles|Charlie|Charlotte|Chris|Christian|Christiane|Christina|Christine|Christoph|Christophe|Christopher|Claire|Clara|Claude|Claudia|Claudio|Colin|Craig|Damien|Daniel|Daniela|Daniele|Danielle|Danny|David|Denis|Dennis|Diana|Diane|Didier|Diego|Dieter|Dmitry|Dominique|Don|Donald|Dorothy|Douglas|Edgar|Edith|Édith|Edmond|Edouard|Édouard|Eduard|Edward|Elena|Elisabeth|Élisabeth|Elizabeth|Ellen|Elsa|Emil|Emile|Émile|Emily|Emma|Emmanuel|Emmanuelle|Enrico|Eric|Éric|Erich|Erik|Ernst|Ernest|Étienne|Etienne|Eugen|Eugène|Eugene|Eva|Eve|Fabien|Fabrice|Felix|Félix|Ferdinand|Fernand|Fernando|Florence|Florian|Francesco|Francis|Francisco|Franck|François|Francois|Françoise|Frank|Franz|Fred|Frederick|Frédéric|Frederic|Friedrich|Fritz|Gabriel|Gabriele|Gary|Gaston|Georg|George|Georges|Gérard|Gerard|Gerhard|Gianni|Gilbert|Gilles|Giorgio|Giovanni|Giuseppe|Gordon|Gottfried|Greg|Gregory|Guido|Guillaume|Günter|Günther|Gustav|Gustave|Guy|Hans|Harald|Harold|Harry|Heinrich|Heinz|Helen|Helena|Hélène|Helga|Helmut|Henri|Henry|Herbert|Hermann|Hubert|Hugo|Hugh|Ian|Ingrid|Irene|Isabel|Isabelle|Ivan|Jack|Jacob|Jacqueline|Jacques|Jakob|James|Jan|Jane|Janet|Jason|Javier|Jean|Jeanne|Jeff|Jeffrey|Jennifer|Jens|Jérôme|Jerome|Jessica|Jim|Jimmy|Joachim|Joan|Joe|Johann|Johannes|John|Jon|Jonathan|Jorge|José|Jose|Josef|Joseph|Joshua|Juan|Judith|Jules|Julia|Julian|Julie|Julien|Jürg|Jürgen|Justin|Karen|Karin|Karl|Kate|Katharina|Kathleen|Keith|Kelly|Ken|Kenneth|Kevin|Klaus|Kurt|Larry|Laura|Laurent|Lee|Leo|Léon|Leon|Léonard|Leonardo|Linda|Lisa|Lorenzo|Louis|Louise|Luc|Luca|Lucas|Lucien|Ludwig|Luigi|Luis|Lukas|Manfred|Manuel|Marc|Marcel|Marco|Margaret|Maria|Marie|Mario|Marion|Mark|Markus|Martha|Martin|Mary|Mathieu|Matthew|Matthias|Max|Maximilian|Maurice|Mauro|Melanie|Michael|Michel|Michele|Michelle|Miguel|Mike|Monika|Monique|Nadine|Nancy|Natalie|Nathalie|Nicholas|Nick|Nicola|Nicolas|Nicole|Niklaus|Nikolaus|Norbert|Olga|Olivier|Oliver|Oscar|Oskar|Otto|Pablo|Pamela|Pascal|Patricia|Patrick|Paul|Paula|Paolo|Pedro|Peter|Petra|Philip|Philipp|Philippe|Pierre|Pietro|Rainer|Ralf|Ralph|Raymond|Rebecca|Reinhard|Remo|René|Rene|Richard|Rita|Robert|Roberto|Robin|Roger|Roland|Rolf|Romain|Ronald|Rosa|Rudolf|Ruth|Ryan|Sabine|Sally|Samuel|Sandra|Sara|Sarah|Scott|Sebastian|Sébastien|Sergei|Sergey|Serge|Silvia|Simon|Simone|Sophie|Stefan|Stefano|Stephan|Stéphane|Stephen|Steve|Steven|Susan|Susanne|Suzanne|Sylvie|Teresa|Theo|Theodor|Théodore|Theodore|Thierry|Thomas|Tim|Timothy|Tobias|Tom|Tony|Ueli|Urs|Ursula|Valérie|Valerie|Victor|Victoria|Vincent|Viktor|Vladimir|Walter|Werner|Wilhelm|William|Willy|Wolfgang|Xavier|Yves|Yvonne|Zoe|Véronique|Veronique|Mohammed|Mohamed|Muhammad|Ahmed|Ali|Hassan|Hussein|Omar|Yasser|Ibrahim|Mustafa|Abdul|Abdel|Ariel|Shimon|Yitzhak|Boutros|Kofi|Nelson|Jacques-Henri|Jean-Luc|Jean-Pierre|Jean-Paul|Jean-Claude|Jean-Marie|Jean-François|Jean-Louis|Jean-Jacques|Marie-Laure|Marie-Claire|Anne-Marie|Hans-Peter|Hans-Rudolf|Karl-Heinz|Franz-Josef|Igor|Yuri|Yury|Mikhail|Nikolai|Alexei|Dmitri|Natasha|Tatiana|Lech|Vaclav|Václav|Ségolène|Lionel|Shinzo|Deng|Mao|Kim|Li|Wang|Zhang";

/// Words that make a capitalised sequence an organisation: legal suffixes and heads of
/// institution names, in English, French and German; written for Nutshell from general knowledge.
const ORG_WORDS: &str = "Inc|Inc.|Corp|Corp.|Corporation|Co|Co.|Cos|Company|Ltd|Ltd.|Limited|Plc|PLC|LLC|LLP|LP|SA|S.A.|SAS|SARL|AG|GmbH|KG|NV|N.V.|BV|B.V.|SpA|S.p.A.|Srl|AB|ASA|Oy|Holding|Holdings|Group|Groupe|Gruppe|Bank|Banque|Bancorp|Banca|Banco|Trust|Capital|Partners|Securities|Investments|Insurance|Assurances|Versicherung|Airlines|Airways|Motors|Industries|Industrie|Technologies|Systems|Electric|Energy|Resources|Mining|Minerals|Petroleum|Oil|Gas|Steel|Pharmaceuticals|Telecom|Communications|Media|Press|Agency|Agence|Agentur|University|Université|Universität|Uni|College|Collège|School|Institute|Institut|Academy|Seminary|Académie|Akademie|Museum|Musée|Hospital|Hôpital|Spital|Church|Église|Kirche|Ministry|Ministère|Ministerium|Department|Département|Departement|Office|Bureau|Board|Council|Conseil|Rat|Rates|Committee|Comité|Komitee|Commission|Kommission|Authority|Service|Services|Association|Verein|Verband|Federation|Fédération|Föderation|Union|League|Ligue|Liga|Club|Society|Société|Gesellschaft|Compagnie|Party|Parti|Partei|Front|Movement|Mouvement|Bewegung|Army|Armée|Armee|Navy|Marine|Police|Polizei|Court|Tribunal|Gericht|Assembly|Assemblée|Chambre|Chambres|Cour|Parliament|Parlement|Senate|Congress|Fund|Fonds|Foundation|Fondation|Stiftung|Organisation|Organization|Network|Newsroom|Desk|Center|Centre|Zentrum|Corps|Brigade|Regiment|Division|Exchange|Bourse|Börse|Times|Post|News|Herald|Journal|Tribune|Gazette|Zeitung|FC|AC|SC|SV|United|Rovers|Wanderers|Athletic|Kammer|Handelskammer|Gewerkschaft|Syndicat|Genossenschaft|Coopérative|Fabrik|Werke|Werk|Brothers|Bros|Bros.|&";

/// Words that make a capitalised sequence a place: written for Nutshell from general knowledge.
const PLACE_WORDS: &str = "River|Lake|Mount|Mountains|Mountain|Mt.|Island|Islands|Isle|Bay|Gulf|Sea|Ocean|Valley|Canyon|Desert|Peninsula|Cape|Coast|Street|St|Avenue|Ave|Road|Rd|Boulevard|Square|Bridge|Park|Airport|Station|Harbour|Harbor|Port|County|Province|State|Region|District|Township|Parish|Creek|Canton|Territory|Republic|Kingdom|Empire|City|Town|Village|Heights|Hills|Falls|Strait|Channel|Pass|rue|avenue|boulevard|place|quai|pont|lac|mont|monts|mer|île|îles|golfe|vallée|val|col|canton|département|district|région|province|république|royaume|empire|ville|village|commune|gare|port|aéroport|Straße|Strasse|Str.|Platz|Gasse|Weg|Brücke|Bahnhof|Flughafen|See|Berg|Tal|Insel|Inseln|Fluss|Meer|Kanton|Kantons|Bezirk|Provinz|Republik|Königreich|Kaiserreich|Reich|Stadt|Dorf|Gemeinde|Land";

/// Capitalised words that are not names: nationality and language adjectives and other
/// capitalised function words (months and weekdays: [`super::calendar`]); written for Nutshell
/// from general knowledge.
const NOT_NAMES: &str = "American|Americans|British|English|French|German|Germans|Italian|Spanish|Russian|Chinese|Japanese|European|Europeans|African|Asian|Arab|Arabs|Israeli|Palestinian|Palestinians|Iraqi|Iranian|Turkish|Greek|Polish|Dutch|Belgian|Swiss|Austrian|Swedish|Danish|Norwegian|Finnish|Irish|Scottish|Welsh|Canadian|Mexican|Brazilian|Argentine|Indian|Pakistani|Australian|Korean|Vietnamese|Jewish|Muslim|Moslem|Christian|Catholic|Protestant|Islamic|Western|Eastern|Northern|Southern|Communist|Communists|Socialist|Conservative|Liberal|Democrat|Republican|Internet|GMT|OK|TV|CEO|PDG|IA|AI|GPU|CPU|PC|TVA|VAT|PIB|GDP|PM|AM|Euro|Euros|Dollar|Dollars|God|Dieu|Gott|Christ|Jesus|Mon|Ma|Mes|Monsieur|Madame|Mesdames|Messieurs|Herren|Damen|Ja|Nein|Oui|Non|Yes|No|Ah|Oh|Eh|Hey|Bravo|Merci|Danke|Sieg|Heil|Etc|Cf|Nr|No.|Tel|Fax|Web|Ndlr|Photo|Foto|Source|Quelle|Lire|Voir|Siehe|See|Read|Also|Partner|Content|Sponsored|Advertisement|Publicité|Anzeige|Copyright|All|Notre|Votre|Leur|Unser|Ihr|Ein|Eine|Le|La|Les|Der|Die|Das|The|A|An|Un|Une|Des|De|Du|Il|Elle|Ils|Elles|Er|Sie|Es|Wir|He|She|They|We|It|This|That|These|Those|Cette|Ce|Ces|Cet|Dieser|Diese|Dieses";

/// Words that end names of events, prizes, laws and works: written for Nutshell from general
/// knowledge of English, French and German usage.
const OTHER_WORDS: &str = "Cup|Open|Series|Championship|Championships|Games|Olympics|Olympiad|Prize|Award|Awards|Trophy|Grand Prix|Tour|Classic|Masters|Rally|Marathon|Festival|Expo|Summit|War|Revolution|Act|Treaty|Accord|Accords|Convention|Agreement|Plan|Index|Day|Week|Year|Ago|Chapter|Section|Article|Coupe|Trophée|Prix|Salon|Sommet|Guerre|Traité|Loi|Pokal|Meisterschaft|Krieg|Vertrag|Gesetz|Olympia";

static TABLE: OnceLock<FastMap<&'static str, Class>> = OnceLock::new();

fn table() -> &'static FastMap<&'static str, Class> {
    TABLE.get_or_init(|| {
        // Later tables do not override earlier ones: a name that is both a given name and a
        // place ("Florence", "Paris") keeps the first class, so the order states the priority.
        let tables: [(&str, Class); 8] = [
            (ORGS, Class::Org),
            (COUNTRIES, Class::Place),
            (REGIONS, Class::Place),
            (CITIES, Class::City),
            (GIVEN, Class::Given),
            (ORG_WORDS, Class::OrgWord),
            (OTHER_WORDS, Class::OtherWord),
            (PLACE_WORDS, Class::PlaceWord),
        ];
        // Every folded key goes into one string, kept for the life of the program like the
        // table itself: one allocation instead of one per name (this table is built on the
        // first analysis, so its cost is part of the page's cold start).
        let mut keys = String::new();
        let mut entries: Vec<(usize, usize, Class)> = Vec::with_capacity(4096);
        let mut key = String::new();
        // Months and weekdays first: capitalised, they are still no names.
        let calendar = super::calendar::NOT_NAMES
            .iter()
            .flat_map(|&l| super::calendar::words(l))
            .map(|w| (w, Class::NotName));
        let not_names = NOT_NAMES.split('|').map(|w| (w, Class::NotName));
        // Titles of every language, from the table segmentation shares ([`super::titles`]).
        let titles = std::iter::once(super::titles::UNIVERSAL)
            .chain(Lang::ALL.iter().flat_map(|&l| {
                let t = super::titles::of(l);
                [t.abbreviations, t.words, t.after_name]
            }))
            .flat_map(|list| list.iter())
            .map(|w| (w, Class::Title));
        let listed = tables
            .iter()
            .flat_map(|&(list, class)| list.split('|').map(move |name| (name, class)));
        for (name, class) in calendar.chain(not_names).chain(titles).chain(listed) {
            {
                fold_into(&mut key, name);
                if !key.is_empty() {
                    entries.push((keys.len(), keys.len() + key.len(), class));
                    keys.push_str(&key);
                }
            }
        }
        let keys: &'static str = Box::leak(keys.into_boxed_str());
        let mut map = FastMap::with_capacity_and_hasher(entries.len(), Default::default());
        for (start, end, class) in entries {
            map.entry(&keys[start..end]).or_insert(class);
        }
        map
    })
}

/// The class of a name or word, whatever its case, accents or hyphenation.
pub fn lookup(name: &str) -> Option<Class> {
    let mut key = String::with_capacity(name.len());
    fold_into(&mut key, name);
    lookup_folded(&key)
}

/// The class of an already folded key (see [`fold_into`]).
pub fn lookup_folded(key: &str) -> Option<Class> {
    table().get(key).copied()
}

pub use crate::text::fold::fold_into;

/// Whether `word` is one of the `|`-separated words of `list` (smaller in wasm than a `match`).
pub fn in_list(list: &str, word: &str) -> bool {
    // Entry by entry over the bytes: comparing lengths first skips most entries at once (this
    // runs for many words of every text; `split` was a measurable part of the entity stage).
    let (list, word) = (list.as_bytes(), word.as_bytes());
    let mut start = 0;
    while start <= list.len() {
        let end = list[start..]
            .iter()
            .position(|&b| b == b'|')
            .map_or(list.len(), |p| start + p);
        if end - start == word.len() && &list[start..end] == word {
            return true;
        }
        start = end + 1;
    }
    false
}

/// Lowercase words that may join capitalised words inside one name ("Banque de France",
/// "Charles de Gaulle", "Bank of England", "Ludwig van Beethoven", "Chaux-de-Fonds").
pub fn is_connector(word: &str) -> bool {
    in_list(
        "de|du|des|la|le|of|von|van|der|den|da|di|del|della|dos|das|y|bin|ben|al|el|zu|sur|am|&",
        word,
    )
}

/// Particles that join a surname whatever comes before them ("Schalk van der Merwe").
pub fn is_particle(word: &str) -> bool {
    in_list("von|van|ter|ten|bin|ben|al|el", word)
}

/// Words that may come between a person's name and the function written after it ("X, son
/// secrétaire", "X, ancien coiffeur", "X, former Mayor").
pub fn is_function_opener(folded: &str) -> bool {
    in_list("son|sa|ancien|ancienne|former|late", folded)
}

/// Prepositions after which an unknown capitalised name is most likely a place.
pub fn is_place_preposition(folded: &str) -> bool {
    in_list("in|at|from|near|to|a|de|d|en|vers|pres|nach|aus", folded)
}

/// Prepositions after which an unknown capitalised name is most likely an organisation.
pub fn is_org_preposition(folded: &str) -> bool {
    matches!(folded, "chez")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_list_matches_whole_entries_only() {
        let list = "mm|messrs|hh";
        for w in ["mm", "messrs", "hh"] {
            assert!(in_list(list, w), "{w}");
        }
        for w in ["m", "mmm", "messr", "h", "", "mm|messrs", "|"] {
            assert!(!in_list(list, w), "{w}");
        }
        assert!(in_list("solo", "solo"));
        assert!(!in_list("", "x"));
    }

    #[test]
    fn lookups_fold_case_accents_and_hyphens() {
        let cases = [
            ("Etats-Unis", Some(Class::Place)),
            ("ÉTATS UNIS", Some(Class::Place)),
            ("Neuchatel", Some(Class::Place)),
            ("afp", Some(Class::Org)),
            ("Jean-Luc", Some(Class::Given)),
            ("M.", Some(Class::Title)),
            ("GmbH", Some(Class::OrgWord)),
            ("Monday", Some(Class::NotName)),
            ("Infrastructures", None),
            ("Penn\u{ac} sylvania", Some(Class::Place)),
        ];
        for (name, want) in cases {
            assert_eq!(lookup(name), want, "{name}");
        }
    }

    #[test]
    fn connectors() {
        assert!(is_connector("de"));
        assert!(!is_connector("avec"));
    }
}
