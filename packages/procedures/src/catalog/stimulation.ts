import type { Procedure } from '../types';
import { INCH, L, checkIn, needle, numbSkin, step } from './helpers';
import { TITLE_REACHING_EPIDURAL } from './phrases';

const SCS_SHOW = ['layer:bone', 'layer:space', 'layer:dura', 'layer:cord'];
const ENTRY_SHOW = [...SCS_SHOW, 'vertebra-L1', 'vertebra-L2'];

export const SCS_TIP_LEVELS = ['T8', 'T9', 'T10'] as const;

const scsCommon = {
  category: 'stimulation',
  levels: [...SCS_TIP_LEVELS],
  defaultLevel: 'T8',
  sides: ['left', 'right'],
  defaultSide: 'left',
  position: 'prone',
  imaging: ['fluoroscopy'],
  views: ['AP', 'fluoro-lateral', 'AP'],
  targetStructure: 'epidural-space',
  spread: [],
} as const satisfies Partial<Procedure>;

const tuohyStep = step('epidural-needle', {
  title: TITLE_REACHING_EPIDURAL,
  patient: L(
    'A hollow needle goes in at a low angle in your lower back. The doctor feels for a small change in pressure. That shows the tip is in the space around the nerve sac.',
    'Una aguja hueca entra con poco ángulo en la zona lumbar. El médico busca un pequeño cambio de presión. Eso indica que la punta está en el espacio alrededor del saco de los nervios.',
  ),
  clinician: L(
    'Paramedian, as shallow as possible, 14 G Tuohy with loss of resistance at T12-L1, L1-L2 or L2-L3 — below the conus (mean lower third of L1, range to L3) where the dura is more distensible [FURMAN_SCS, SAIFUDDIN1998, PROCGUIDE_SCS]. Maximal caudal tilt for the trajectory view [FURMAN_SCS].',
    'Paramedial, lo más tangencial posible, aguja de Tuohy 14 G con pérdida de resistencia en T12-L1, L1-L2 o L2-L3, por debajo del cono medular (media en el tercio inferior de L1, hasta L3), donde la duramadre es más distensible [FURMAN_SCS, SAIFUDDIN1998, PROCGUIDE_SCS]. Inclinación caudal máxima para la proyección de trayectoria [FURMAN_SCS].',
  ),
  view: 'fluoro-lateral',
  show: ENTRY_SHOW,
  highlight: ['epidural-space'],
  motion: { needle: 1 },
});

const leadStep = step('thread-lead', {
  title: L('Sliding the lead up', 'Subir el electrodo'),
  patient: L(
    'A thin, soft wire called a lead slides through the needle. It moves up inside the spine, behind the spinal cord, to about {level}. You should not feel it move.',
    'Un cable fino y blando, llamado electrodo, pasa por la aguja. Sube por dentro de la columna, detrás de la médula, hasta cerca de {level}. No debería sentir cómo se mueve.',
  ),
  clinician: L(
    'Thread the 8-contact percutaneous lead cephalad in the dorsal epidural space under AP fluoroscopy, just off midline over the pain side (it tends to steer contralateral to the entry); lateral view confirms dorsal position [FURMAN_SCS]. Tip T8–T10 for back and leg pain [PROCGUIDE_SCS, FALOWSKI].',
    'Avanzar el electrodo percutáneo de 8 contactos en sentido cefálico por el espacio epidural dorsal bajo fluoroscopia AP, justo fuera de la línea media sobre el lado del dolor (tiende a desviarse al lado contrario de la entrada); la lateral confirma la posición dorsal [FURMAN_SCS]. Punta en T8–T10 para dolor lumbar y de piernas [PROCGUIDE_SCS, FALOWSKI].',
  ),
  view: 'AP',
  show: SCS_SHOW,
  highlight: ['epidural-space', 'vertebra-{level}'],
  motion: { needle: 1, lead: 1 },
});

const mappingStep = step('mapping', {
  title: L('Testing the signal', 'Probar la señal'),
  patient: L(
    'The lead is switched on. With some systems you feel a light tingling; others are set so you feel nothing. You tell the team where you feel it, so it covers your pain.',
    'Se enciende el electrodo. Con algunos sistemas siente un cosquilleo suave; otros se ajustan para que no sienta nada. Usted dice al equipo dónde lo nota, para que cubra su dolor.',
  ),
  clinician: L(
    'Intra-operative paraesthesia mapping, or paraesthesia-free 10 kHz programming [PMC7004134]; adjust the lead until coverage matches the pain map.',
    'Mapeo intraoperatorio de parestesias, o programación de 10 kHz sin parestesias [PMC7004134]; ajustar el electrodo hasta que la cobertura coincida con el mapa del dolor.',
  ),
  view: 'close-up',
  show: SCS_SHOW,
  highlight: ['spinal-cord'],
  motion: { needle: 1, lead: 1, pulses: true },
});

export const scsTrial: Procedure = {
  ...scsCommon,
  id: 'scs-trial',
  name: L('Spinal cord stimulator trial', 'Prueba de estimulador de médula espinal'),
  summary: L(
    'For about a week, a thin temporary wire near the spinal cord sends mild signals that can block pain, so you can see if a stimulator helps before getting one.',
    'Durante una semana, un cable fino y temporal cerca de la médula envía señales suaves que pueden bloquear el dolor, para ver si un estimulador le ayuda antes de implantarlo.',
  ),
  sites: [],
  positionNote: L('Lying face down on pillows [SALEM_SCS].', 'Boca abajo sobre almohadas [SALEM_SCS].'),
  instruments: [needle('tuohy', 14, 5 * INCH)],
  medication: L(
    'Local anaesthetic at the entry; prophylactic antibiotic (estimate); anticoagulants held through the trial [PROCGUIDE_SCS].',
    'Anestésico local en la entrada; antibiótico profiláctico (estimación); anticoagulantes suspendidos durante la prueba [PROCGUIDE_SCS].',
  ),
  purpose: 'diagnostic',
  duration: L(
    'The placement takes about an hour. The trial lasts about a week (3–8 days is usual) [PROCGUIDE_SCS, NEUROMOD_TRIAL].',
    'La colocación dura alrededor de una hora. La prueba dura una semana (lo habitual es de 3 a 8 días) [PROCGUIDE_SCS, NEUROMOD_TRIAL].',
  ),
  recovery: L(
    'Keep the dressing dry and avoid bending, twisting and lifting so the lead does not move. The trial counts as a success with at least 50 % pain relief and stable or better activity [TRIALSTIM, ANESKEY_SCS]. The lead is pulled out in the clinic at the end.',
    'Mantenga el apósito seco y evite agacharse, girar y levantar peso para que el electrodo no se mueva. La prueba se considera un éxito con al menos un 50 % de alivio y actividad igual o mejor [TRIALSTIM, ANESKEY_SCS]. Al final se retira el electrodo en la consulta.',
  ),
  safety: L(
    'Enter below the conus (mean lower third of L1) [FURMAN_SCS, SAIFUDDIN1998]; risks: epidural haematoma, dural puncture, infection; lead migration 5–23 % [CLINICALGATE_SCS].',
    'Entrar por debajo del cono medular (media en el tercio inferior de L1) [FURMAN_SCS, SAIFUDDIN1998]; riesgos: hematoma epidural, punción dural, infección; migración del electrodo 5–23 % [CLINICALGATE_SCS].',
  ),
  sources: ['PROCGUIDE_SCS', 'FALOWSKI', 'FURMAN_SCS', 'SALEM_SCS', 'NEUROMOD_TRIAL', 'TRIALSTIM', 'ANESKEY_SCS', 'LEVINE2016', 'PMC7004134', 'CLINICALGATE_SCS', 'SAIFUDDIN1998'],
  steps: [
    checkIn(
      L('Prone on pillows; light sedation so the patient can report paraesthesia [SALEM_SCS].', 'Decúbito prono sobre almohadas; sedación ligera para que el paciente pueda describir las parestesias [SALEM_SCS].'),
    ),
    numbSkin(
      L(
        'AP to choose the interspace; paramedian entry 1–2 levels below the target interspace for a shallow angle (estimate) [FURMAN_SCS].',
        'AP para elegir el espacio; entrada paramedial 1–2 niveles por debajo del espacio objetivo para un ángulo tangencial (estimación) [FURMAN_SCS].',
      ),
      'AP',
      ENTRY_SHOW,
    ),
    tuohyStep,
    leadStep,
    mappingStep,
    step('trial-generator', {
      title: L('Your trial stimulator', 'Su estimulador de prueba'),
      patient: L(
        'The needle comes out and the lead stays. It is taped to your back and connected to a small stimulator that you wear outside your body. You use a remote to change the settings at home.',
        'Se retira la aguja y el electrodo se queda. Se fija con cinta a la espalda y se conecta a un pequeño estimulador que lleva fuera del cuerpo. En casa usa un control remoto para cambiar los ajustes.',
      ),
      clinician: L(
        'Needle withdrawn under fluoroscopy to avoid lead dislodgement; lead secured to the skin and connected to the external trial generator. Trials usually run 3–8 days (up to 3 weeks; wireless 30-day trials exist) [NEUROMOD_TRIAL, PMC7004134].',
        'Retirar la aguja bajo fluoroscopia para no desplazar el electrodo; fijar el electrodo a la piel y conectarlo al generador externo de prueba. Las pruebas suelen durar 3–8 días (hasta 3 semanas; hay pruebas inalámbricas de 30 días) [NEUROMOD_TRIAL, PMC7004134].',
      ),
      view: 'posterior',
      show: ['layer:skin', ...SCS_SHOW],
      highlight: [],
      motion: { needle: 0, lead: 1, pulses: true, devices: ['trial-generator', 'remote'] },
    }),
    step('afterwards', {
      title: L('During the trial week', 'Durante la semana de prueba'),
      patient: L(
        'Go about your normal day, gently. Keep track of your pain and what you can do. If the stimulator cuts your pain at least in half, a permanent one may be next.',
        'Haga su vida normal, con cuidado. Anote su dolor y lo que puede hacer. Si el estimulador reduce su dolor al menos a la mitad, el siguiente paso puede ser uno permanente.',
      ),
      clinician: L(
        'Success: ≥ 50 % pain relief with stable or reduced medication and stable activity [TRIALSTIM, ANESKEY_SCS]; 23 of 35 upper-limb trials proceeded on a ≥ 50 % VAS fall [LEVINE2016].',
        'Éxito: ≥ 50 % de alivio con medicación igual o menor y actividad estable [TRIALSTIM, ANESKEY_SCS]; 23 de 35 pruebas de miembro superior pasaron a implante con una caída ≥ 50 % en la EVA [LEVINE2016].',
      ),
      view: 'posterior',
      show: ['layer:skin'],
      motion: { needle: 0, lead: 1, pulses: true, devices: ['trial-generator', 'remote'] },
    }),
  ],
};

export const scsPermanent: Procedure = {
  ...scsCommon,
  id: 'scs-permanent',
  name: L('Spinal cord stimulator implant', 'Implante de estimulador de médula espinal'),
  summary: L(
    'After a good trial, a small generator placed under the skin sends mild signals through thin leads near the spinal cord to block pain for years.',
    'Tras una buena prueba, un pequeño generador colocado bajo la piel envía señales suaves por cables finos cerca de la médula para bloquear el dolor durante años.',
  ),
  sites: ['buttock', 'flank'],
  defaultSite: 'buttock',
  positionNote: L('Lying face down, with sedation or general anaesthesia [CSPM].', 'Boca abajo, con sedación o anestesia general [CSPM].'),
  instruments: [needle('tuohy', 14, 5 * INCH)],
  medication: L('Local anaesthetic with sedation, or general anaesthesia [CSPM].', 'Anestesia local con sedación, o anestesia general [CSPM].'),
  purpose: 'therapeutic',
  duration: L('About 1 to 2 hours; usually home the same day.', 'De 1 a 2 horas; por lo general vuelve a casa el mismo día.'),
  recovery: L(
    'The incisions heal in about two weeks. Avoid bending, twisting and lifting for several weeks while the leads settle. The system is long-term; rechargeable generators sit ≤ 1 cm under the skin [MEDTRONIC].',
    'Las incisiones cicatrizan en unas dos semanas. Evite agacharse, girar y levantar peso durante varias semanas mientras los electrodos se fijan. El sistema es de larga duración; los generadores recargables quedan a ≤ 1 cm bajo la piel [MEDTRONIC].',
  ),
  safety: L(
    'As for the trial; IPG-site pain in 17 % (lowest in the posterior chest wall) [BARANIDHARAN2020]; paddle leads need a laminotomy near the cord [CLINICALPUB_PADDLE].',
    'Como en la prueba; dolor en la zona del generador en el 17 % (menor en la pared torácica posterior) [BARANIDHARAN2020]; los electrodos de placa requieren laminotomía cerca de la médula [CLINICALPUB_PADDLE].',
  ),
  sources: ['WAVEGATE', 'DOCTORSTOCK', 'DRKOTECHA', 'CLINICALPUB_PADDLE', 'ANESKEY_POCKET', 'BARANIDHARAN2020', 'MEDTRONIC', 'RENOTAHOE', 'CSPM', 'FURMAN_SCS', 'PROCGUIDE_SCS'],
  steps: [
    checkIn(
      L(
        'Prone, sedation or general anaesthesia [CSPM]; prophylactic antibiotic (estimate). Implant follows a successful trial.',
        'Decúbito prono, sedación o anestesia general [CSPM]; antibiótico profiláctico (estimación). El implante sigue a una prueba exitosa.',
      ),
    ),
    numbSkin(
      L(
        'Midline or paramedian back incision for the anchors, down to fascia [WAVEGATE].',
        'Incisión lumbar en la línea media o paramedial para los anclajes, hasta la fascia [WAVEGATE].',
      ),
      'AP',
      ENTRY_SHOW,
    ),
    tuohyStep,
    leadStep,
    mappingStep,
    step('anchor-tunnel', {
      title: L('Securing the lead', 'Fijar el electrodo'),
      patient: L(
        'The needle comes out. The lead is stitched to the firm tissue under the skin so it stays put. An extension wire runs under the skin to where the generator will go.',
        'Se retira la aguja. El electrodo se cose al tejido firme bajo la piel para que no se mueva. Un cable de extensión pasa bajo la piel hasta donde irá el generador.',
      ),
      clinician: L(
        'Anchor the lead to the fascia; tunnel subcutaneously (± extension cable) to the IPG pocket [WAVEGATE].',
        'Anclar el electrodo a la fascia; tunelizar por vía subcutánea (± cable de extensión) hasta el bolsillo del generador [WAVEGATE].',
      ),
      view: 'posterior',
      show: ['layer:skin', ...SCS_SHOW],
      motion: { needle: 0, lead: 1 },
    }),
    step('generator', {
      title: L('Placing the generator', 'Colocar el generador'),
      patient: L(
        'A small generator, about the size of a stopwatch, goes in a pocket under the skin of your upper buttock or flank. It connects to the wire. You will use a remote to turn it up, down, on and off.',
        'Un pequeño generador, del tamaño de un cronómetro, se coloca en un bolsillo bajo la piel de la parte alta del glúteo o del costado. Se conecta al cable. Usará un control remoto para subirlo, bajarlo, encenderlo y apagarlo.',
      ),
      clinician: L(
        'Pocket in the upper buttock (close to lumbar/thoracic leads) or posterior flank (above the belt line, "ideal for most") [ANESKEY_POCKET]; rechargeable IPG ≤ 1 cm deep, parallel to the skin [MEDTRONIC]; patient remote and charger [RENOTAHOE].',
        'Bolsillo en la parte alta del glúteo (cerca de los electrodos lumbares/torácicos) o en el flanco posterior (por encima del cinturón, "ideal para la mayoría") [ANESKEY_POCKET]; generador recargable a ≤ 1 cm de profundidad, paralelo a la piel [MEDTRONIC]; control remoto y cargador para el paciente [RENOTAHOE].',
      ),
      view: 'posterior',
      show: ['layer:skin', ...SCS_SHOW],
      highlight: [],
      motion: { needle: 0, lead: 1, pulses: true, devices: ['implanted-generator', 'remote'] },
    }),
    step('afterwards', {
      title: L('Healing and living with it', 'Recuperación y vida diaria'),
      patient: L(
        'Keep the cuts clean and dry. Avoid bending, twisting and lifting for a few weeks so the leads stay in place. Your team will fine-tune the settings at follow-up visits.',
        'Mantenga las heridas limpias y secas. Evite agacharse, girar y levantar peso unas semanas para que los electrodos no se muevan. Su equipo ajustará la programación en las visitas de control.',
      ),
      clinician: L(
        'Indications: post-laminectomy syndrome, CRPS, radiculopathy. Lead migration 5–23 % [CLINICALGATE_SCS]; IPG-site pain 17 % [BARANIDHARAN2020].',
        'Indicaciones: síndrome poslaminectomía, SDRC, radiculopatía. Migración del electrodo 5–23 % [CLINICALGATE_SCS]; dolor en la zona del generador 17 % [BARANIDHARAN2020].',
      ),
      view: 'posterior',
      show: ['layer:skin'],
      motion: { needle: 0, lead: 1, pulses: true, devices: ['implanted-generator', 'remote'] },
    }),
  ],
};
