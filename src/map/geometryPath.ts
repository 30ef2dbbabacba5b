/** Where the map's geometry is (made at build time): its own module, so the page can start fetching it without loading the map's code. */
export const GEOMETRY_PATH = 'geo/europe.json';
