/**
 * Where it happened: a search box over the places' names and well-known aliases ("cho dem" finds
 * "Phường Thảo Nguyên (Chợ đêm)"), "use my location" (the nearest places, the nearest chosen, the
 * point sent with the report), and a small map, loaded only when asked for, to move the point.
 * The search box follows the WAI-ARIA combobox pattern: a text input owning a listbox, the
 * active option named by aria-activedescendant; arrows move, Enter chooses, Escape closes.
 */
import { byId, el, setFieldError, showText } from './dom';
import { fill, type Lang, type Messages } from './messages';
import { graphql, retryMinutes } from './graphql';
import type { LocationMap } from './locationMap';

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface PublicUnit {
  id: string;
  name: string;
  level: string;
  parentName: string | null;
  matchedAlias: string | null;
  location: GeoPoint | null;
  distanceMetres: number | null;
}

/** The point sent with the report, and how precise the phone said it was (null: placed by hand). */
export interface ChosenPoint extends GeoPoint {
  accuracyMetres: number | null;
}

const UNIT_FIELDS = 'id name level parentName matchedAlias location { lat lng } distanceMetres';
const UNIT_QUERY = `query($id: ID!) { publicUnit(id: $id) { ${UNIT_FIELDS} } }`;
const SEARCH_QUERY = `query($q: String) { publicUnits(q: $q, limit: 20) { ${UNIT_FIELDS} } }`;
const NEAR_COUNT = 5;
const NEAR_QUERY = `query($near: GeoPointInput) { publicUnits(near: $near, limit: ${NEAR_COUNT}) { ${UNIT_FIELDS} } }`;
/** Places farther than this are not "near": better to type the place than to pick one in another district. */
const NEAR_MAX_METRES = 25_000;
/** Wait this long after the last key before searching: one request per pause, not per letter. */
const SEARCH_DELAY_MS = 250;

/** "Phường Thảo Nguyên (Mộc Châu)": the name, and the alias the search matched. */
const shortName = (u: PublicUnit) => (u.matchedAlias ? `${u.name} (${u.matchedAlias})` : u.name);
const fullName = (u: PublicUnit) => (u.parentName ? `${u.name} — ${u.parentName}` : u.name);

function formatDistance(metres: number, lang: Lang): string {
  if (metres < 1000) return `${Math.round(metres)} m`;
  return `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 }).format(metres / 1000)} km`;
}

export interface PlacePicker {
  unit(): PublicUnit | null;
  point(): ChosenPoint | null;
  setError(message: string | undefined): void;
  /** Texts again, in the page's new language. */
  refresh(): void;
}

/** Wires the place part of report.html; `changed` runs whenever the place or the point changes. */
export function placePicker(page: { t(): Messages; lang(): Lang }, changed: () => void): PlacePicker {
  const input = byId<HTMLInputElement>('unit-input');
  const list = byId<HTMLUListElement>('unit-options');
  const errorNode = byId('unit-error');
  const useLocation = byId<HTMLButtonElement>('use-location');
  const toggleMap = byId<HTMLButtonElement>('toggle-map');
  const locationMessage = byId('location-message');
  const nearBox = byId('near-units');
  const nearList = byId('near-list');
  const pointLine = byId('chosen-point');
  const mapBlock = byId('location-map');

  let unit: PublicUnit | null = null;
  let point: ChosenPoint | null = null;
  let options: PublicUnit[] = [];
  let active = -1;
  let searching = false;
  let searchRefusal: string | null = null;
  let near: PublicUnit[] = [];
  let locating = false;
  let mapOpen = false;
  let map: LocationMap | null = null;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Answers to an older search are dropped. */
  let searchCount = 0;

  const choose = (u: PublicUnit | null) => {
    unit = u;
    if (u) input.value = fullName(u);
    closeList();
    render();
    changed();
  };

  // ---- the search box
  const openList = () => {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  function closeList() {
    list.hidden = true;
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function renderOptions() {
    const t = page.t();
    const items: HTMLLIElement[] = options.map((u, i) => {
      const item = el('li', { id: `unit-option-${i}`, role: 'option', 'aria-selected': String(i === active) }, el('span', { class: 'option-name' }, shortName(u)));
      if (u.parentName) item.append(el('span', { class: 'option-parent' }, ` — ${u.parentName}`));
      if (i === active) item.classList.add('active');
      // mousedown, not click: the input's blur would close the list first.
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(u);
      });
      return item;
    });
    if (!options.length) items.push(el('li', { class: 'options-note' }, searching ? t.searching : (searchRefusal ?? t.noUnits)));
    list.replaceChildren(...items);
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `unit-option-${active}`);
      items[active]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  const search = (query: string) => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(async () => {
      const mine = ++searchCount;
      searching = true;
      renderOptions();
      try {
        const data = await graphql<{ publicUnits: PublicUnit[] }>(SEARCH_QUERY, { q: query || null });
        if (mine !== searchCount) return;
        options = data.publicUnits;
        searchRefusal = null;
      } catch (e) {
        if (mine !== searchCount) return;
        options = [];
        const minutes = retryMinutes(e);
        searchRefusal = minutes ? fill(page.t().busy, { minutes }) : page.t().network;
      }
      searching = false;
      active = -1;
      renderOptions();
    }, SEARCH_DELAY_MS);
  };

  input.addEventListener('input', () => {
    if (unit) {
      unit = null;
      changed();
    }
    openList();
    search(input.value);
  });
  input.addEventListener('focus', () => {
    if (unit) return;
    openList();
    if (!options.length) search(input.value);
    else renderOptions();
  });
  input.addEventListener('blur', closeList);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openList();
      if (options.length) active = (active + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
      renderOptions();
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      const option = options[active];
      if (!option) return;
      event.preventDefault();
      choose(option);
    } else if (event.key === 'Escape') closeList();
  });

  // ---- the phone's location and the places near it
  const findNear = async (at: GeoPoint, pickNearest: boolean) => {
    const t = page.t();
    try {
      const data = await graphql<{ publicUnits: PublicUnit[] }>(NEAR_QUERY, { near: { lat: at.lat, lng: at.lng } });
      near = data.publicUnits.filter((u) => u.distanceMetres == null || u.distanceMetres <= NEAR_MAX_METRES);
      showText(locationMessage, near.length ? null : fill(t.nearNone, { km: NEAR_MAX_METRES / 1000 }));
      const [nearest] = near;
      if (pickNearest && nearest) choose(nearest);
    } catch (e) {
      const minutes = retryMinutes(e);
      showText(locationMessage, minutes ? fill(t.busy, { minutes }) : t.network);
    }
    render();
  };

  const setPoint = (next: ChosenPoint | null) => {
    point = next;
    map?.setPoint(point);
    render();
    changed();
  };

  useLocation.addEventListener('click', () => {
    const t = page.t();
    if (!navigator.geolocation) return showText(locationMessage, t.locationFailed);
    locating = true;
    showText(locationMessage, null);
    render();
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { latitude: lat, longitude: lng, accuracy } = position.coords;
        setPoint({ lat, lng, accuracyMetres: Math.round(accuracy) });
        void findNear({ lat, lng }, true).finally(() => {
          locating = false;
          render();
        });
      },
      (failure) => {
        locating = false;
        showText(locationMessage, failure.code === failure.PERMISSION_DENIED ? page.t().locationDenied : page.t().locationFailed);
        render();
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  });

  byId('remove-point').addEventListener('click', () => setPoint(null));

  // ---- the map, loaded on first use (Leaflet is its own chunk)
  const mapCentre = () => point ?? unit?.location ?? null;
  toggleMap.addEventListener('click', async () => {
    mapOpen = !mapOpen;
    render();
    const centre = mapCentre();
    if (!mapOpen || map || !centre) return;
    byId('map-help').textContent = page.t().mapLoading;
    const { openLocationMap } = await import('./locationMap');
    map = await openLocationMap(byId('map'), {
      t: page.t(),
      centre,
      point,
      places: near.length ? near : unit ? [unit] : [],
      // Moving the point refreshes the places near it; the chosen place stays the user's choice.
      onMove: (at) => {
        setPoint({ ...at, accuracyMetres: null });
        void findNear(at, false).then(() => map?.setPlaces(near));
      },
    });
    render();
  });

  // ---- drawing
  function render() {
    const t = page.t();
    const lang = page.lang();
    useLocation.textContent = locating ? t.locating : t.useLocation;
    useLocation.disabled = locating;
    const centre = mapCentre();
    toggleMap.hidden = !centre;
    toggleMap.textContent = mapOpen ? t.hideMap : point ? t.adjustOnMap : t.pickOnMap;
    toggleMap.setAttribute('aria-expanded', String(mapOpen));
    mapBlock.hidden = !(mapOpen && centre);
    if (map) byId('map-help').textContent = map.hasTiles ? t.mapHelp : `${t.mapHelp} ${t.mapNoTiles}`;

    nearBox.hidden = near.length === 0;
    nearList.replaceChildren(
      ...near.map((u) => {
        const radio = el('input', { type: 'radio', name: 'near-unit', value: u.id });
        radio.checked = unit?.id === u.id;
        radio.addEventListener('change', () => choose(u));
        const distance = u.distanceMetres != null ? el('span', { class: 'distance' }, ` · ${formatDistance(u.distanceMetres, lang)}`) : '';
        return el('label', { class: 'near-option' }, radio, el('span', {}, fullName(u), distance));
      }),
    );

    pointLine.hidden = !point;
    if (point) {
      byId('point-text').textContent =
        fill(t.pointChosen, { lat: point.lat.toFixed(5), lng: point.lng.toFixed(5) }) + (point.accuracyMetres != null ? fill(t.pointAccuracy, { metres: point.accuracyMetres }) : '');
    }
    if (!list.hidden) renderOptions();
  }

  // The QR code's link names the unit: show it chosen (unless the user was quicker).
  const fromLink = new URLSearchParams(window.location.search).get('unit');
  if (fromLink) {
    graphql<{ publicUnit: PublicUnit | null }>(UNIT_QUERY, { id: fromLink })
      .then((data) => {
        if (data.publicUnit && !unit && !input.value) choose(data.publicUnit);
      })
      .catch(() => undefined);
  }

  render();
  return {
    unit: () => unit,
    point: () => point,
    setError: (message) => setFieldError(input, errorNode, message, 'unit-help'),
    refresh: render,
  };
}
