<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionItemDialog</name>
    <message>
        <source>New action item</source>
        <translation>Tarea nueva</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(sin campaña)</translation>
    </message>
    <message>
        <source>(no organization)</source>
        <translation>(sin organización)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaña:</translation>
    </message>
    <message>
        <source>O&amp;rganization:</source>
        <translation>O&amp;rganización:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable:</translation>
    </message>
    <message>
        <source>Who makes sure it happens</source>
        <translation>Quién se asegura de que se haga</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Pr&amp;ioridad:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>Enl&amp;ace:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>For an event: when it starts, in this laptop&apos;s time zone</source>
        <translation>Para un evento: cuándo empieza, en la zona horaria de esta computadora</translation>
    </message>
    <message>
        <source>Event &amp;ends:</source>
        <translation>Ter&amp;mina el evento:</translation>
    </message>
    <message>
        <source>All da&amp;y</source>
        <translation>Todo el &amp;día</translation>
    </message>
    <message>
        <source>E&amp;vent starts:</source>
        <translation>Empie&amp;za el evento:</translation>
    </message>
    <message>
        <source>Repeat&amp;ing:</source>
        <translation>&amp;Se repite:</translation>
    </message>
    <message>
        <source>A call every week, a meeting every month: done once, it moves to the next</source>
        <translation>Una llamada cada semana, una reunión cada mes: hecha una vez, pasa a la siguiente</translation>
    </message>
</context>
<context>
    <name>ActionItemRepository</name>
    <message>
        <source>The action item has no title. Say what needs doing.</source>
        <translation>La tarea no tiene título. Diga qué hay que hacer.</translation>
    </message>
    <message>
        <source>The event ends before it starts. Check its start and end.</source>
        <translation>El evento termina antes de empezar. Revise el inicio y el fin.</translation>
    </message>
    <message>
        <source>The campaign chosen for &quot;%1&quot; does not exist (it may have been deleted). Choose another campaign or none.</source>
        <translation>La campaña elegida para «%1» no existe (quizá se borró). Elija otra campaña o ninguna.</translation>
    </message>
    <message>
        <source>The organization chosen for &quot;%1&quot; does not exist. Choose another organization or none.</source>
        <translation>La organización elegida para «%1» no existe. Elija otra organización o ninguna.</translation>
    </message>
    <message>
        <source>The action item %1 no longer exists.</source>
        <translation>La tarea %1 ya no existe.</translation>
    </message>
    <message>
        <source>The event has an end but no start. Give its start too.</source>
        <translation>El evento tiene fin pero no inicio. Indique también cuándo empieza.</translation>
    </message>
    <message>
        <source>An all-day event needs its first day. Give its start.</source>
        <translation>Un evento de día completo necesita su primer día. Indique cuándo empieza.</translation>
    </message>
    <message>
        <source>A repeating action item needs the day it first falls due.</source>
        <translation>Una tarea que se repite necesita el día en que vence por primera vez.</translation>
    </message>
    <message>
        <source>The action item %1 does not repeat (or no longer exists).</source>
        <translation>La tarea %1 no se repite (o ya no existe).</translation>
    </message>
</context>
<context>
    <name>ActionItemTableModel</name>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
</context>
<context>
    <name>ActionItemsPage</name>
    <message>
        <source>Filter by words…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Cualquier plazo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Due in 7 days</source>
        <translation>Vencen en 7 días</translation>
    </message>
    <message>
        <source>Due in 30 days</source>
        <translation>Vencen en 30 días</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Palabras:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpaña:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsable:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>Quick add: type an action item and press Enter (it joins the campaign chosen above)</source>
        <translation>Añadir rápido: escriba una tarea y pulse Intro (se une a la campaña elegida arriba)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar &amp;hecha</translation>
    </message>
    <message>
        <source>Mark the chosen item done, or open it again (Space)</source>
        <translation>Marcar como hecha la tarea elegida, o volver a abrirla (Espacio)</translation>
    </message>
    <message>
        <source>Any campaign</source>
        <translation>Cualquier campaña</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>More than %1 action items match</source>
        <translation>Coinciden más de %1 tareas</translation>
    </message>
    <message>
        <source>%1 action items match</source>
        <translation>Coinciden %1 tareas</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Choose an action item to see it here.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Elija una tarea para verla aquí.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Quick add an action item</source>
        <translation>Añadir una tarea rápidamente</translation>
    </message>
    <message>
        <source>The chosen action item</source>
        <translation>La tarea elegida</translation>
    </message>
    <message>
        <source>No action items yet</source>
        <translation>Aún no hay tareas</translation>
    </message>
    <message>
        <source>What the coalition asks people to do: call a representative, sign a statement, register for a training, attend a vigil. Each has who does it, by when, and the campaign it serves.</source>
        <translation>Lo que la coalición pide hacer: llamar a un representante, firmar una declaración, inscribirse en una capacitación, asistir a una vigilia. Cada tarea dice quién la hace, para cuándo y a qué campaña sirve.</translation>
    </message>
    <message>
        <source>Add the first action item</source>
        <translation>Añadir la primera tarea</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Due &amp;from:</source>
        <translation>Vence &amp;desde:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>has&amp;ta:</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Entre fechas…</translation>
    </message>
    <message>
        <source>S&amp;kip this time</source>
        <translation>&amp;Omitir esta vez</translation>
    </message>
    <message>
        <source>The chosen item repeats: skip its current occurrence and move it to the next</source>
        <translation>La tarea elegida se repite: omitir esta vez y pasarla a la siguiente</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>%1: skipped by %2 on %3</source>
        <translation>%1: omitida por %2 el %3</translation>
    </message>
    <message>
        <source>%1: done by %2 on %3</source>
        <translation>%1: hecha por %2 el %3</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Próximos 30 días</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source> — showing the first %1</source>
        <translation> — se muestran las primeras %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Repeats %1</source>
        <translation>Se repite %1</translation>
    </message>
</context>
<context>
    <name>AgendaPrinter</name>
    <message>
        <source>Agenda for %1</source>
        <translation>Agenda del %1</translation>
    </message>
    <message>
        <source> (next %1 days)</source>
        <translation> (próximos %1 días)</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>No vence nada. ¡Bien hecho!</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>no campaign</source>
        <translation>sin campaña</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open action item(s)</source>
        <translation>
            <numerusform>%n tarea abierta</numerusform>
            <numerusform>%n tareas abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>se repite</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Campaña nueva</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>One web address per line</source>
        <translation>Una dirección web por línea</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Issue area:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Goal or ask:</source>
        <translation>&amp;Meta o petición:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>The decision-maker the campaign presses</source>
        <translation>Quien toma la decisión y a quien presiona la campaña</translation>
    </message>
    <message>
        <source>St&amp;arts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Termina:</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>En&amp;laces:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descripció&amp;n:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Aliadas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action item(s) done</source>
        <translation>
            <numerusform>%1 de %n tarea hecha</numerusform>
            <numerusform>%1 de %n tareas hechas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignPartnerRepository</name>
    <message>
        <source>The campaign for this partner does not exist. Choose a campaign.</source>
        <translation>La campaña de esta aliada no existe. Elija una campaña.</translation>
    </message>
    <message>
        <source>The partner organization does not exist. Choose an organization.</source>
        <translation>La organización aliada no existe. Elija una organización.</translation>
    </message>
    <message>
        <source>This organization is already a partner of the campaign; change its role instead.</source>
        <translation>Esta organización ya es aliada de la campaña; cambie su papel en su lugar.</translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>No hay ninguna campaña con el id %1.</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>The campaign has no name. Enter its name.</source>
        <translation>La campaña no tiene nombre. Escriba su nombre.</translation>
    </message>
    <message>
        <source>The campaign ends (%1) before it starts (%2). Check the dates.</source>
        <translation>La campaña termina (%1) antes de empezar (%2). Revise las fechas.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Filter campaigns…</source>
        <translation>Filtrar campañas…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Aliada</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Añadir aliada…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>New action &amp;item…</source>
        <translation>&amp;Tarea nueva…</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Aliadas</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Choose a campaign to see its partners and action items.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Elija una campaña para ver sus aliadas y tareas.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Petición:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>… and %1 more on the Action items page</source>
        <translation>… y %1 más en la página Tareas</translation>
    </message>
    <message>
        <source>Filter campaigns</source>
        <translation>Filtrar campañas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>The chosen campaign</source>
        <translation>La campaña elegida</translation>
    </message>
    <message>
        <source>Partners of the chosen campaign</source>
        <translation>Aliadas de la campaña elegida</translation>
    </message>
    <message>
        <source>Action items of the chosen campaign</source>
        <translation>Tareas de la campaña elegida</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Aún no hay campañas</translation>
    </message>
    <message>
        <source>A campaign is what the coalition works on together, such as a pathway to citizenship or a fund for excluded workers: its ask, the decision-maker it targets, the partners and their roles, and its action items.</source>
        <translation>Una campaña es aquello en lo que la coalición trabaja en conjunto, como un camino a la ciudadanía o un fondo para trabajadores excluidos: su demanda, a quién se dirige, las aliadas y sus papeles, y sus tareas.</translation>
    </message>
    <message>
        <source>Add the first campaign</source>
        <translation>Añadir la primera campaña</translation>
    </message>
</context>
<context>
    <name>CoalitionGridModel</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n abierta</numerusform>
            <numerusform>%n abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a partner of %2</source>
        <translation>%1 no es aliada de %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message numerus="yes">
        <source>%n open action item(s)</source>
        <translation>
            <numerusform>%n tarea abierta</numerusform>
            <numerusform>%n tareas abiertas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoalitionGridPage</name>
    <message>
        <source>Organizations by campaign</source>
        <translation>Organizaciones por campaña</translation>
    </message>
    <message>
        <source>The chosen organization</source>
        <translation>La organización elegida</translation>
    </message>
    <message>
        <source>Enter: add or change the partnership · Delete: remove it</source>
        <translation>Intro: agregar o cambiar la alianza · Supr: quitarla</translation>
    </message>
    <message>
        <source>No partner organizations yet</source>
        <translation>Todavía no hay organizaciones aliadas</translation>
    </message>
    <message>
        <source>The grid shows who is doing what across the coalition&apos;s campaigns: each organization&apos;s part in each campaign, and its open action items there.</source>
        <translation>La cuadrícula muestra quién hace qué en las campañas de la coalición: el papel de cada organización en cada campaña y sus tareas abiertas en ella.</translation>
    </message>
    <message>
        <source>Add an &amp;organization</source>
        <translation>Agregar una &amp;organización</translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation>Filtrar organizaciones</translation>
    </message>
    <message>
        <source>Filter organizations by name or acronym…</source>
        <translation>Filtrar organizaciones por nombre o siglas…</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Organizations with the tag</source>
        <translation>Organizaciones con la etiqueta</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Every campaign</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Eti&amp;queta:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpañas:</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaña</numerusform>
            <numerusform>%n campañas</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Coalition grid</source>
        <translation>Cuadrícula de la coalición</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>Usage: coalition %1 [options]</source>
        <translation>Uso: coalition %1 [opciones]</translation>
    </message>
    <message>
        <source>Prints the open action items by deadline: overdue first, then today, this week and later.</source>
        <translation>Muestra las tareas abiertas por plazo: primero las vencidas, luego las de hoy, esta semana y más adelante.</translation>
    </message>
    <message>
        <source>Creates a database from the sample coalition (or adds the sample&apos;s records that are missing from it).</source>
        <translation>Crea una base de datos con la coalición de ejemplo (o le añade los registros del ejemplo que le faltan).</translation>
    </message>
    <message>
        <source>Writes a CSV file for spreadsheets, the deadlines as iCalendar (ics) or the contacts as vCards (vcf). Filters apply to action items.</source>
        <translation>Escribe un archivo CSV para hojas de cálculo, los plazos como iCalendar (ics) o los contactos como vCards (vcf). Los filtros se aplican a las tareas.</translation>
    </message>
    <message>
        <source>Reads a CSV file saved by a spreadsheet, all or nothing: a row with a Coalition id updates its record, other rows are matched by email, phone or website. Dates may be written as the spreadsheet writes them.</source>
        <translation>Lee un archivo CSV guardado por una hoja de cálculo, todo o nada: una fila con id de Coalition actualiza su registro; las demás se comparan por correo, teléfono o sitio web. Las fechas pueden estar escritas como las escribe la hoja de cálculo.</translation>
    </message>
    <message>
        <source>Syncs with the team&apos;s shared feed: a file, a web address or a team server (postgresql://…). Every laptop&apos;s edits are merged; nothing is lost.</source>
        <translation>Sincroniza con el canal compartido del equipo: un archivo, una dirección web o un servidor del equipo (postgresql://…). Se fusionan los cambios de todas las computadoras; no se pierde nada.</translation>
    </message>
    <message>
        <source>Sets up a PostgreSQL team server and manages who may use it.</source>
        <translation>Prepara un servidor del equipo PostgreSQL y gestiona quién puede usarlo.</translation>
    </message>
    <message>
        <source>Fills a new database with made-up organizations, contacts, campaigns and action items, for trying Coalition&apos;s speed.</source>
        <translation>Llena una base de datos nueva con organizaciones, contactos, campañas y tareas inventadas, para probar la velocidad de Coalition.</translation>
    </message>
    <message>
        <source>Writes a handout as PDF, in the window&apos;s language: the action items (filtered as export filters them), the deadline agenda, or the contacts. Contacts leave the phone number out unless --columns names it (name, organization, role, email, phone); actions&apos; columns are title, campaign, organization, owner, due, status and priority.</source>
        <translation>Escribe un folleto en PDF, en el idioma de la ventana: las tareas (filtradas como las filtra export), la agenda de plazos o los contactos. Los contactos salen sin el teléfono salvo que --columns lo nombre (name, organization, role, email, phone); las columnas de las tareas son title, campaign, organization, owner, due, status y priority.</translation>
    </message>
    <message>
        <source>A campaign&apos;s progress (ask, target, partners, open items, the week-by-week chart of items done, who changed what), or every current campaign side by side (overview): as text, or as a PDF with --pdf.</source>
        <translation>El avance de una campaña (petición, destinatario, aliadas, tareas abiertas, el gráfico semanal de tareas hechas, quién cambió qué), o todas las campañas en curso lado a lado (overview): como texto, o como PDF con --pdf.</translation>
    </message>
    <message>
        <source>Reads an alert (a partner&apos;s email, a statement, a web page&apos;s text; - for the standard input) into draft action items in the Inbox, and prints them as CSV with the action items&apos; export columns. An alert added again adds nothing.</source>
        <translation>Lee un aviso (el correo de una aliada, un comunicado, el texto de una página web; - para la entrada estándar) como borradores de tareas en Recibidos, y los muestra en CSV con las columnas de la exportación de tareas. Un aviso añadido otra vez no añade nada.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>RUTA|URL</translation>
    </message>
    <message>
        <source>sync: go ahead even if the sync deletes more than half of the records.</source>
        <translation>sync: seguir aunque la sincronización borre más de la mitad de los registros.</translation>
    </message>
    <message>
        <source>sync: start the feed anew from this laptop when it has gone missing.</source>
        <translation>sync: empezar el canal de nuevo desde esta laptop cuando ha desaparecido.</translation>
    </message>
    <message>
        <source>sync: also trust the certificate authorities in FILE (PEM), for a team server with a certificate of its own.</source>
        <translation>sync: confiar también en las autoridades de certificación de ARCHIVO (PEM), para un servidor del equipo con certificado propio.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Orden desconocida «%1».</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>demo needs --db PATH: the file to create.</source>
        <translation>demo necesita --db RUTA: el archivo que se creará.</translation>
    </message>
    <message>
        <source>Those options belong to the export command.</source>
        <translation>Esas opciones son de la orden export.</translation>
    </message>
    <message>
        <source>--dry-run and --on-match belong to the import command.</source>
        <translation>--dry-run y --on-match son de la orden import.</translation>
    </message>
    <message>
        <source>generate needs --db PATH: a new database file to fill.</source>
        <translation>generate necesita --db RUTA: un archivo de base de datos nuevo que llenar.</translation>
    </message>
    <message>
        <source>--actions, --orgs, --contacts, --campaigns and --seed belong to generate.</source>
        <translation>--actions, --orgs, --contacts, --campaigns y --seed son de generate.</translation>
    </message>
    <message>
        <source>sync needs --feed PATH|URL: the shared feed.</source>
        <translation>sync necesita --feed RUTA|URL: el canal compartido.</translation>
    </message>
    <message>
        <source>--feed, --allow-mass-delete, --create-feed, --passphrase-file and --ca-file belong to the sync command.</source>
        <translation>--feed, --allow-mass-delete, --create-feed, --passphrase-file y --ca-file son de la orden sync.</translation>
    </message>
    <message>
        <source>--days needs a whole number of days, 0 or more (got &quot;%1&quot;).</source>
        <translation>--days necesita un número entero de días, 0 o más (se recibió «%1»).</translation>
    </message>
    <message>
        <source>--screenshot applies to the window only.</source>
        <translation>--screenshot solo sirve para la ventana.</translation>
    </message>
    <message>
        <source>--page applies to the window only.</source>
        <translation>--page solo sirve para la ventana.</translation>
    </message>
    <message>
        <source>--page takes one of: %1.</source>
        <translation>--page admite uno de: %1.</translation>
    </message>
    <message>
        <source>--today: &quot;%1&quot; is not a date; use YYYY-MM-DD, such as 2021-12-15.</source>
        <translation>--today: «%1» no es una fecha; use AAAA-MM-DD, por ejemplo 2021-12-15.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>orden</translation>
    </message>
    <message>
        <source>sync: read the team passphrase from FILE (its first line); a new feed is encrypted with it.</source>
        <translation>sync: leer la frase de contraseña del equipo de ARCHIVO (su primera línea); un canal nuevo se cifra con ella.</translation>
    </message>
    <message>
        <source>sync: create the feed without encryption (anyone who can read the file reads every record).</source>
        <translation>sync: crear el canal sin cifrado (quien pueda leer el archivo lee todos los registros).</translation>
    </message>
    <message>
        <source>sync: change the team passphrase to the one in FILE (the content is not rewritten; an unencrypted feed is encrypted).</source>
        <translation>sync: cambiar la frase de contraseña del equipo por la de ARCHIVO (el contenido no se reescribe; un canal sin cifrar se cifra).</translation>
    </message>
    <message>
        <source>sync: with --new-passphrase-file, also make a new team key and rewrite the feed under it, so the old passphrase opens nothing (after a member leaves).</source>
        <translation>sync: con --new-passphrase-file, crear además una nueva clave del equipo y reescribir el canal con ella, para que la frase anterior no abra nada (cuando alguien deja el equipo).</translation>
    </message>
    <message>
        <source>sync: accept a feed that lost segments merged here (started anew) and send it all of this laptop&apos;s records.</source>
        <translation>sync: aceptar un canal al que le faltan segmentos ya fusionados aquí (empezado de nuevo) y enviarle todos los registros de esta computadora.</translation>
    </message>
    <message>
        <source>--rotate-key needs --new-passphrase-file FILE: the passphrase the remaining members will use.</source>
        <translation>--rotate-key necesita --new-passphrase-file ARCHIVO: la frase de contraseña que usarán quienes siguen en el equipo.</translation>
    </message>
    <message>
        <source>--no-encryption and --passphrase-file exclude each other.</source>
        <translation>--no-encryption y --passphrase-file se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>--server, --team and --member-password-file belong to the server command.</source>
        <translation>--server, --team y --member-password-file son de la orden server.</translation>
    </message>
    <message>
        <source>--password-file belongs to the sync and server commands.</source>
        <translation>--password-file es de las órdenes sync y server.</translation>
    </message>
    <message>
        <source>server: the team server&apos;s database, as its owner: postgresql://owner@host:5432/database.</source>
        <translation>server: la base de datos del servidor del equipo, como su propietario: postgresql://propietario@servidor:5432/base.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>server: the team a member joins or leaves.</source>
        <translation>server: el equipo al que entra o del que sale un miembro.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>server add-member: the new member&apos;s password, from FILE (its first line); without it one is made and printed.</source>
        <translation>server add-member: la contraseña del miembro nuevo, de ARCHIVO (su primera línea); sin ella se crea una y se muestra.</translation>
    </message>
    <message>
        <source>sync and server: the password on the team server (the member&apos;s, or the owner&apos;s), from FILE (its first line).</source>
        <translation>sync y server: la contraseña en el servidor del equipo (la del miembro o la del propietario), de ARCHIVO (su primera línea).</translation>
    </message>
    <message>
        <source>server %1 needs the member&apos;s name.</source>
        <translation>server %1 necesita el nombre del miembro.</translation>
    </message>
    <message>
        <source>server %1 needs --team NAME.</source>
        <translation>server %1 necesita --team NOMBRE.</translation>
    </message>
    <message>
        <source>server takes init, add-member NAME or remove-member NAME.</source>
        <translation>server admite init, add-member NOMBRE o remove-member NOMBRE.</translation>
    </message>
    <message>
        <source>--team belongs to server add-member and remove-member.</source>
        <translation>--team es de server add-member y remove-member.</translation>
    </message>
    <message>
        <source>--member-password-file belongs to server add-member.</source>
        <translation>--member-password-file es de server add-member.</translation>
    </message>
    <message>
        <source>server needs --server postgresql://owner@host:5432/database.</source>
        <translation>server necesita --server postgresql://propietario@servidor:5432/base.</translation>
    </message>
    <message>
        <source>sync: the shared feed, a file on a shared drive or in a synced folder, an http(s):// URL on a web server (WebDAV or any server honouring If-Match), or a team server: postgresql://member@host:5432/database?team=NAME.</source>
        <translation>sync: el canal compartido, un archivo en una unidad compartida o en una carpeta sincronizada, una URL http(s):// en un servidor web (WebDAV o cualquier servidor que respete If-Match), o un servidor del equipo: postgresql://miembro@servidor:5432/base?team=NOMBRE.</translation>
    </message>
    <message>
        <source>--create applies to the window only (demo and generate always create).</source>
        <translation>--create solo se aplica a la ventana (demo y generate siempre crean).</translation>
    </message>
    <message>
        <source>Database file (default: coalition.sqlite in your data folder).</source>
        <translation>Archivo de base de datos (por omisión: coalition.sqlite en su carpeta de datos).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Act as if today were DATE (YYYY-MM-DD).</source>
        <translation>Actuar como si hoy fuera FECHA (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>agenda: show items due within N days (overdue always).</source>
        <translation>agenda: mostrar las tareas que vencen en N días (las vencidas siempre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Guardar la ventana en un archivo PNG y salir.</translation>
    </message>
    <message>
        <source>Start a new database in the --db file even when it exists but is empty (0 bytes).</source>
        <translation>Empezar una base de datos nueva en el archivo de --db aunque exista y esté vacío (0 bytes).</translation>
    </message>
    <message>
        <source>Open the window on a page: campaigns, organizations, contacts, actions, deadlines or grid.</source>
        <translation>Abrir la ventana en una página: campaigns, organizations, contacts, actions, deadlines o grid.</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PÁGINA</translation>
    </message>
    <message>
        <source>--pdf and --since belong to the print and report commands.</source>
        <translation>--pdf y --since son de las órdenes print y report.</translation>
    </message>
    <message>
        <source>--days applies to the agenda only.</source>
        <translation>--days solo sirve para la agenda.</translation>
    </message>
    <message>
        <source>Coalition: partner organizations, contacts, campaigns and action items for community organizers.

Commands:
  (none)                          open the window
  agenda [--days N] [--db PATH]   print open action items by deadline
  demo --db PATH                  create a database from the sample data
  export actions|organizations|contacts|campaigns|partners [filters] [--out FILE]
                                  write a CSV file for spreadsheets
  export ics|vcf [--out FILE]     deadlines for calendars, contacts for address books
  import contacts|organizations|actions|campaigns|partners FILE [--dry-run]
                                  read a CSV file, all or nothing
  intake FILE|- [--dry-run] [--language LANG]
                                  draft action items from an alert, into the Inbox
  print actions|agenda|contacts [filters] --pdf FILE
                                  a handout as PDF, in the window&apos;s language
  report campaign NAME|ID|overview [--pdf FILE] [--since DATE]
                                  a campaign&apos;s progress, or all campaigns&apos;
  sync --feed PATH|URL            sync with the team&apos;s shared feed
  server init|add-member NAME|remove-member NAME --server URL
                                  set up a PostgreSQL team server, manage members
  generate --db PATH [--actions N]
                                  a large made-up database, for trying speed

&quot;coalition COMMAND --help&quot; tells one command&apos;s usage and options.
Exit status: 0 on success, 1 on failure, 2 on bad usage.</source>
        <translation>Coalition: organizaciones aliadas, contactos, campañas y tareas para organizadores comunitarios.

Órdenes:
  (ninguna)                       abre la ventana
  agenda [--days N] [--db RUTA]   muestra las tareas abiertas por plazo
  demo --db RUTA                  crea una base de datos con los datos de ejemplo
  export actions|organizations|contacts|campaigns|partners [filtros] [--out ARCHIVO]
                                  escribe un archivo CSV para hojas de cálculo
  export ics|vcf [--out ARCHIVO]  plazos para calendarios, contactos para libretas de direcciones
  import contacts|organizations|actions|campaigns|partners ARCHIVO [--dry-run]
                                  lee un archivo CSV, todo o nada
  intake ARCHIVO|- [--dry-run] [--language IDIOMA]
                                  borradores de tareas desde un aviso, a Recibidos
  print actions|agenda|contacts [filtros] --pdf ARCHIVO
                                  un folleto en PDF, en el idioma de la ventana
  report campaign NOMBRE|ID|overview [--pdf ARCHIVO] [--since FECHA]
                                  el avance de una campaña, o el de todas
  sync --feed RUTA|URL            sincroniza con el canal compartido del equipo
  server init|add-member NOMBRE|remove-member NOMBRE --server URL
                                  prepara un servidor del equipo PostgreSQL, gestiona sus miembros
  generate --db RUTA [--actions N]
                                  una base de datos grande e inventada, para probar la velocidad

«coalition ORDEN --help» explica el uso y las opciones de una orden.
Estado de salida: 0 si todo va bien, 1 si falla, 2 si el uso es incorrecto.</translation>
    </message>
    <message>
        <source>--language belongs to the intake command.</source>
        <translation>--language es de la orden intake.</translation>
    </message>
    <message>
        <source>agenda, demo, export, import, intake, print, report, sync, generate or server; none opens the window.</source>
        <translation>agenda, demo, export, import, intake, print, report, sync, generate o server; sin orden se abre la ventana.</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>%1: added %2 sample records (%3 were already there).</source>
        <translation>%1: se añadieron %2 registros de ejemplo (%3 ya estaban).</translation>
    </message>
    <message>
        <source>%1 of %2 records…</source>
        <translation>%1 de %2 registros…</translation>
    </message>
    <message>
        <source>%1: generated %2 organizations, %3 contacts, %4 campaigns and %5 action items in %6 s (seed %7).</source>
        <translation>%1: se generaron %2 organizaciones, %3 contactos, %4 campañas y %5 tareas en %6 s (semilla %7).</translation>
    </message>
    <message>
        <source>There is no campaign named &quot;%1&quot;.</source>
        <translation>No hay ninguna campaña llamada «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use %2.</source>
        <translation>«%1» no es un estado; use %2.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Se escribieron %1 filas en %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>%1 creados, %2 actualizados, %3 sin cambios, %4 omitidos</translation>
    </message>
    <message>
        <source>would create %1, update %2, leave %3 unchanged and skip %4</source>
        <translation>crearía %1, actualizaría %2, dejaría %3 sin cambios y omitiría %4</translation>
    </message>
    <message>
        <source>; %1 rejected (%2, &quot;%3&quot;-separated).</source>
        <translation>; %1 rechazadas (%2, separadas por «%3»).</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Columnas: %1.</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Columnas ignoradas: %1.</translation>
    </message>
    <message>
        <source>New organizations named in the file: %1.</source>
        <translation>Organizaciones nuevas nombradas en el archivo: %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Prueba: no se escribió nada.</translation>
    </message>
    <message>
        <source>Synced with %1: %2.</source>
        <translation>Sincronizado con %1: %2.</translation>
    </message>
    <message>
        <source> (The feed was created.)</source>
        <translation> (Se creó el canal.)</translation>
    </message>
    <message>
        <source> (The feed had just been written by a sync, so it was read and merged again before storing.)</source>
        <translation> (Otra sincronización acababa de escribir el canal, así que se volvió a leer y fusionar antes de guardarlo.)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>No se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>No se puede escribir la captura %1.</translation>
    </message>
    <message>
        <source>Saved a screenshot to %1.</source>
        <translation>Captura guardada en %1.</translation>
    </message>
    <message>
        <source> (The feed was moved to format 2, encrypted.)</source>
        <translation> (El canal pasó al formato 2, cifrado.)</translation>
    </message>
    <message>
        <source> (The feed&apos;s segments were folded into a snapshot.)</source>
        <translation> (Los segmentos del canal se reunieron en una instantánea.)</translation>
    </message>
    <message>
        <source> (Nothing new to send: the feed was left as it was.)</source>
        <translation> (Nada nuevo que enviar: el canal quedó como estaba.)</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty; its first line should hold the passphrase or password.</source>
        <translation>El archivo %1 está vacío; su primera línea debe contener la frase de contraseña o la contraseña.</translation>
    </message>
    <message>
        <source>The team server is set up in %1 (schema %2). Add members with: coalition server add-member NAME --team TEAM --server URL</source>
        <translation>El servidor del equipo está listo en %1 (esquema %2). Añada miembros con: coalition server add-member NOMBRE --team EQUIPO --server URL</translation>
    </message>
    <message>
        <source>The team server in %1 was brought up to schema %2.</source>
        <translation>El servidor del equipo en %1 se actualizó al esquema %2.</translation>
    </message>
    <message>
        <source>The team server in %1 is already set up (schema %2); nothing was changed.</source>
        <translation>El servidor del equipo en %1 ya está listo (esquema %2); no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is a member of team %2.</source>
        <translation>%1 es miembro del equipo %2.</translation>
    </message>
    <message>
        <source>Their password (give it to them, it is not shown again): %1</source>
        <translation>Su contraseña (entréguesela; no se vuelve a mostrar): %1</translation>
    </message>
    <message>
        <source>%1 is not a member of team %2; nothing was changed.</source>
        <translation>%1 no es miembro del equipo %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of team %2. Their copies of the feed still open with the team passphrase: rotate the team key now (coalition sync --new-passphrase-file FILE --rotate-key).</source>
        <translation>%1 ya no es miembro del equipo %2. Sus copias del canal aún se abren con la frase de contraseña del equipo: cambie ahora la clave del equipo (coalition sync --new-passphrase-file ARCHIVO --rotate-key).</translation>
    </message>
    <message>
        <source>Nothing was imported. Add --date-order dmy if %1 is day/month (as in Europe and Latin America), --date-order mdy if it is month/day (as in the United States).</source>
        <translation>No se importó nada. Añada --date-order dmy si %1 es día/mes (como en Europa y América Latina), o --date-order mdy si es mes/día (como en Estados Unidos).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; nothing was imported.</source>
        <translation>
            <numerusform>Se rechazó %n fila; no se importó nada.</numerusform>
            <numerusform>Se rechazaron %n filas; no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows that match records already there: %1.</source>
        <translation>Filas que coinciden con registros que ya existen: %1.</translation>
    </message>
    <message>
        <source>--map: the file has no column headed &quot;%1&quot; (its columns: %2).</source>
        <translation>--map: el archivo no tiene ninguna columna titulada «%1» (sus columnas: %2).</translation>
    </message>
    <message>
        <source>%1 is not text in UTF-8.</source>
        <translation>%1 no es texto en UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) read from the alert; nothing added (--dry-run).</source>
        <translation>
            <numerusform>%n borrador leído del aviso; no se añadió nada (--dry-run).</numerusform>
            <numerusform>%n borradores leídos del aviso; no se añadió nada (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) in the Inbox from the alert.</source>
        <translation>
            <numerusform>%n borrador del aviso en Recibidos.</numerusform>
            <numerusform>%n borradores del aviso en Recibidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>%1, on this laptop</source>
        <translation>%1, en esta computadora</translation>
    </message>
    <message>
        <source>someone on this laptop</source>
        <translation>alguien en esta computadora</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>someone on laptop %1</source>
        <translation>alguien en la computadora %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Contacto nuevo</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>(no organization)</source>
        <translation>(sin organización)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Role or title:</source>
        <translation>&amp;Papel o cargo:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>The contact has no name. Enter the person&apos;s name.</source>
        <translation>El contacto no tiene nombre. Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>The organization chosen for %1 does not exist (it may have been deleted). Choose another organization.</source>
        <translation>La organización elegida para %1 no existe (quizá se borró). Elija otra organización.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Filter people…</source>
        <translation>Filtrar personas…</translation>
    </message>
    <message>
        <source>&amp;Copy emails</source>
        <translation>&amp;Copiar correos</translation>
    </message>
    <message>
        <source>Copy the selected people&apos;s email addresses, ready for a BCC line</source>
        <translation>Copiar las direcciones de correo de las personas elegidas, listas para el campo CCO</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpaña:</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>Cualquier organización</translation>
    </message>
    <message>
        <source>Any campaign</source>
        <translation>Cualquier campaña</translation>
    </message>
    <message>
        <source>None of the selected people has an email address.</source>
        <translation>Ninguna de las personas elegidas tiene dirección de correo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Choose a person to see their details.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Elija una persona para ver sus datos.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrar personas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>The chosen person</source>
        <translation>La persona elegida</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n email address(es) for a BCC line.</source>
        <translation>
            <numerusform>Se copió %n dirección de correo para el campo CCO.</numerusform>
            <numerusform>Se copiaron %n direcciones de correo para el campo CCO.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Aún no hay contactos</translation>
    </message>
    <message>
        <source>The people at your partner organizations: how to reach them and what they do. They stay on this computer and in your team&apos;s private feed.</source>
        <translation>Las personas de sus organizaciones aliadas: cómo comunicarse con ellas y qué hacen. Se quedan en esta computadora y en el canal privado de su equipo.</translation>
    </message>
    <message>
        <source>Add the first contact</source>
        <translation>Añadir el primer contacto</translation>
    </message>
    <message>
        <source>Phone numbers on paper can reach people they should not; they are left out unless you check them.</source>
        <translation>Los teléfonos en papel pueden llegar a quien no debe; quedan fuera salvo que los marque.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>There is no column &quot;%1&quot;. Choose from: %2.</source>
        <translation>No hay ninguna columna «%1». Elija entre: %2.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>No se puede escribir la exportación: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The file is empty: it needs a header row naming the columns.</source>
        <translation>El archivo está vacío: necesita una fila de encabezado con los nombres de las columnas.</translation>
    </message>
    <message>
        <source>No column gives the %1; name one &quot;%1&quot; (columns found: %2).</source>
        <translation>Ninguna columna da el campo %1; llame a una «%1» (columnas encontradas: %2).</translation>
    </message>
    <message>
        <source>No column but the id was recognised, so nothing in the file could be imported (columns found: %1). Name the columns as Coalition&apos;s export does: %2.</source>
        <translation>No se reconoció ninguna columna aparte del id, así que no se pudo importar nada del archivo (columnas encontradas: %1). Nombre las columnas como lo hace la exportación de Coalition: %2.</translation>
    </message>
    <message>
        <source>Dates such as %1 could be day/month or month/day: say which order the file uses.</source>
        <translation>Fechas como %1 pueden ser día/mes o mes/día: indique qué orden usa el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>mismo sitio web</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>line %1: %2 (%3)</source>
        <translation>línea %1: %2 (%3)</translation>
    </message>
    <message>
        <source>same title, campaign, organization, owner and date</source>
        <translation>mismo título, campaña, organización, responsable y fecha</translation>
    </message>
    <message>
        <source>The file has no column %1.</source>
        <translation>El archivo no tiene columna %1.</translation>
    </message>
    <message>
        <source>There is no field &quot;%1&quot; to import into; the fields are: %2.</source>
        <translation>No hay ningún campo «%1» al que importar; los campos son: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>«%1» no es sí ni no.</translation>
    </message>
    <message>
        <source>There is no campaign named &quot;%1&quot;; add it first or correct the name.</source>
        <translation>No hay ninguna campaña llamada «%1»; agréguela primero o corrija el nombre.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted cell is never closed (a &quot; is missing).</source>
        <translation>Línea %1: una celda entre comillas nunca se cierra (falta una &quot;).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database at %1. Create one with &quot;coalition demo --db %1&quot; or pick another file with --db.</source>
        <translation>No hay base de datos en %1. Cree una con «coalition demo --db %1» o elija otro archivo con --db.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>No se puede crear %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Coalition database (it is not SQLite).</source>
        <translation>%1 no es una base de datos de Coalition (no es SQLite).</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it holds no Coalition database; it was left as it is. To start a new database in it, open the window with &quot;coalition --db %1 --create&quot;, or run &quot;coalition demo --db %1&quot; for the sample.</source>
        <translation>%1 está vacío (0 bytes), así que no contiene ninguna base de datos de Coalition; se dejó como estaba. Para empezar en él una base de datos nueva, abra la ventana con «coalition --db %1 --create», o ejecute «coalition demo --db %1» para el ejemplo.</translation>
    </message>
    <message>
        <source>%1 was written by an older Coalition and must be upgraded before it can be read, which needs writing to it. Open it once where it can be written.</source>
        <translation>%1 lo escribió un Coalition anterior y hay que actualizarlo antes de leerlo, lo que exige escribir en él. Ábralo una vez donde se pueda escribir.</translation>
    </message>
</context>
<context>
    <name>DatasetGenerator</name>
    <message>
        <source>generate needs a new, empty database; this one has records.</source>
        <translation>generate necesita una base de datos nueva y vacía; esta tiene registros.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick from a calendar (F4)</source>
        <translation>Elegir en un calendario (F4)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>None (such as %1)</source>
        <translation>Ninguna (por ejemplo, %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type it like %2, or pick it from the calendar (F4).</source>
        <translation>«%1» no es una fecha. Escríbala como %2 o elíjala en el calendario (F4).</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Show &amp;all days</source>
        <translation>Mostrar &amp;todos los días</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar &amp;hecha</translation>
    </message>
    <message>
        <source>Mark the chosen action item done (Space)</source>
        <translation>Marcar como hecha la tarea elegida (Espacio)</translation>
    </message>
    <message numerus="yes">
        <source>%n open action item(s) due</source>
        <translation>
            <numerusform>%n tarea abierta vence</numerusform>
            <numerusform>%n tareas abiertas vencen</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the deadlines of %1.</source>
        <translation>Se muestran los plazos del %1.</translation>
    </message>
    <message>
        <source>Showing every open deadline. Choose a day in the calendar to see only that day.</source>
        <translation>Se muestran todos los plazos abiertos. Elija un día en el calendario para ver solo ese día.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Nothing to do yet</source>
        <translation>Aún no hay nada que hacer</translation>
    </message>
    <message>
        <source>The open action items with a due date, overdue first, then today, this week and later; the calendar marks the days they fall on.</source>
        <translation>Las tareas abiertas con fecha límite: primero las vencidas, luego las de hoy, esta semana y más adelante; el calendario marca los días en que vencen.</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Añadir una tarea</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>A new Coalition database</source>
        <translation>Una base de datos de Coalition nueva</translation>
    </message>
    <message>
        <source>This database is empty. Load the sample coalition (partner organizations, campaigns and action items from a partner network&apos;s page) to look around, or start empty?</source>
        <translation>Esta base de datos está vacía. ¿Cargar la coalición de ejemplo (organizaciones aliadas, campañas y tareas de la página de una red aliada) para echar un vistazo, o empezar vacía?</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <source>&amp;Load the sample coalition</source>
        <translation>&amp;Cargar la coalición de ejemplo</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>&amp;Empezar vacía</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
</context>
<context>
    <name>EventTimes</name>
    <message>
        <source>%1 (all day)</source>
        <translation>%1 (todo el día)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>%1 as shown, for spreadsheets (CSV)</source>
        <translation>%1 tal como se muestran, para hojas de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Deadlines, for calendar apps (iCalendar .ics)</source>
        <translation>Plazos, para aplicaciones de calendario (iCalendar .ics)</translation>
    </message>
    <message>
        <source>Contacts, for address books (vCard .vcf)</source>
        <translation>Contactos, para libretas de direcciones (vCard .vcf)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon (spreadsheets set to a European language)</source>
        <translation>Punto y coma (hojas de cálculo en un idioma europeo)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Mark the file as &amp;UTF-8 (Excel needs this for accents)</source>
        <translation>Marcar el archivo como &amp;UTF-8 (Excel lo necesita para los acentos)</translation>
    </message>
    <message>
        <source>Make &amp;formulas inert (safe to open; turn off only for re-import)</source>
        <translation>Desactivar &amp;fórmulas (seguro al abrir; quítelo solo para volver a importar)</translation>
    </message>
    <message>
        <source>Include the record &amp;id (needed to import edits back)</source>
        <translation>Incluir el &amp;id del registro (necesario para volver a importar cambios)</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>export actions: only this campaign (name or id).</source>
        <translation>export actions: solo esta campaña (nombre o id).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>export actions: only these statuses (comma-separated).</source>
        <translation>export actions: solo estos estados (separados por comas).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>E</translation>
    </message>
    <message>
        <source>export actions: only this owner.</source>
        <translation>export actions: solo este responsable.</translation>
    </message>
    <message>
        <source>O</source>
        <translation>R</translation>
    </message>
    <message>
        <source>export actions: due before this date.</source>
        <translation>export actions: con vencimiento antes de esta fecha.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>export actions: due after this date.</source>
        <translation>export actions: con vencimiento después de esta fecha.</translation>
    </message>
    <message>
        <source>export: these columns, in this order (comma-separated).</source>
        <translation>export: estas columnas, en este orden (separadas por comas).</translation>
    </message>
    <message>
        <source>a,b,c</source>
        <translation>a,b,c</translation>
    </message>
    <message>
        <source>export: comma (default), semicolon or tab.</source>
        <translation>export: comma (por omisión), semicolon o tab.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>S</translation>
    </message>
    <message>
        <source>export: leave out the UTF-8 byte order mark.</source>
        <translation>export: omitir la marca de orden de bytes UTF-8.</translation>
    </message>
    <message>
        <source>export: write cells as they are, without making formulas inert (for round trips).</source>
        <translation>export: escribir las celdas tal cual, sin desactivar fórmulas (para volver a importar).</translation>
    </message>
    <message>
        <source>export: write to FILE instead of standard output.</source>
        <translation>export: escribir en ARCHIVO en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>export needs a table: %1.</source>
        <translation>export necesita una tabla: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;; choose %2.</source>
        <translation>No se puede exportar «%1»; elija %2.</translation>
    </message>
    <message>
        <source>--campaign, --status, --owner and --due-… filter action items only.</source>
        <translation>--campaign, --status, --owner y --due-… solo filtran tareas.</translation>
    </message>
    <message>
        <source>--columns, --delimiter, --no-bom and --raw are for CSV exports.</source>
        <translation>--columns, --delimiter, --no-bom y --raw son para exportar CSV.</translation>
    </message>
    <message>
        <source>--delimiter takes comma, semicolon or tab (got &quot;%1&quot;).</source>
        <translation>--delimiter admite comma, semicolon o tab (se recibió «%1»).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>--%1: «%2» no es una fecha; use AAAA-MM-DD.</translation>
    </message>
</context>
<context>
    <name>FeedCodec</name>
    <message>
        <source>The team passphrase does not match this feed (or the feed was altered); nothing was changed.</source>
        <translation>La frase de contraseña del equipo no corresponde a este canal (o el canal fue alterado); no se cambió nada.</translation>
    </message>
    <message>
        <source>This feed is not protected by the team passphrase you gave; nothing was changed.</source>
        <translation>Este canal no está protegido con la frase de contraseña que indicó; no se cambió nada.</translation>
    </message>
    <message>
        <source>The feed file is empty; nothing was changed.</source>
        <translation>El archivo del canal está vacío; no se cambió nada.</translation>
    </message>
    <message>
        <source>This is not a Coalition feed; nothing was changed.</source>
        <translation>Esto no es un canal de Coalition; no se cambió nada.</translation>
    </message>
    <message>
        <source>The feed&apos;s header is damaged; nothing was changed.</source>
        <translation>El encabezado del canal está dañado; no se cambió nada.</translation>
    </message>
    <message>
        <source>The feed was written by a newer Coalition (format %1); update Coalition to sync.</source>
        <translation>El canal lo escribió un Coalition más reciente (formato %1); actualice Coalition para sincronizar.</translation>
    </message>
    <message>
        <source>The feed is incomplete or damaged (its checksum does not match); nothing was changed. Another laptop may be writing it: sync again in a moment.</source>
        <translation>El canal está incompleto o dañado (su suma de comprobación no coincide); no se cambió nada. Puede que otra laptop lo esté escribiendo: sincronice de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The feed is damaged at line %1 (not UTF-8 text).</source>
        <translation>El canal está dañado en la línea %1 (no es texto UTF-8).</translation>
    </message>
    <message>
        <source>The feed is damaged at line %1.</source>
        <translation>El canal está dañado en la línea %1.</translation>
    </message>
    <message>
        <source>The feed is damaged at line %1 (a bad stamp).</source>
        <translation>El canal está dañado en la línea %1 (una marca de tiempo incorrecta).</translation>
    </message>
    <message>
        <source>The feed is incomplete (%1 of %2 fields); nothing was changed.</source>
        <translation>El canal está incompleto (%1 de %2 campos); no se cambió nada.</translation>
    </message>
    <message>
        <source>The feed is damaged at line %1 (a lone backslash).</source>
        <translation>El canal está dañado en la línea %1 (una barra invertida suelta).</translation>
    </message>
    <message>
        <source>The feed is damaged at line %1 (an unknown escape).</source>
        <translation>El canal está dañado en la línea %1 (un escape desconocido).</translation>
    </message>
    <message>
        <source>This feed is protected by a team passphrase; give it to sync. Nothing was changed.</source>
        <translation>Este canal está protegido con una frase de contraseña del equipo; indíquela para sincronizar. No se cambió nada.</translation>
    </message>
    <message>
        <source>A segment of the feed does not decompress (it is damaged); nothing was changed.</source>
        <translation>Un segmento del canal no se puede descomprimir (está dañado); no se cambió nada.</translation>
    </message>
    <message>
        <source>A segment of the feed is damaged, cut short or not written with this team&apos;s key; nothing was changed.</source>
        <translation>Un segmento del canal está dañado, cortado o no fue escrito con la clave de este equipo; no se cambió nada.</translation>
    </message>
    <message>
        <source>A segment of the feed has a malformed description; nothing was changed.</source>
        <translation>Un segmento del canal tiene una descripción mal formada; no se cambió nada.</translation>
    </message>
    <message>
        <source>The feed is incomplete or damaged (cut short, or its list of segments does not match); nothing was changed. Another laptop may be writing it: sync again in a moment.</source>
        <translation>El canal está incompleto o dañado (cortado, o su lista de segmentos no coincide); no se cambió nada. Puede que otra computadora lo esté escribiendo: sincronice de nuevo en un momento.</translation>
    </message>
    <message>
        <source>This feed is encrypted with a team passphrase; give it to sync. Nothing was changed.</source>
        <translation>Este canal está cifrado con una frase de contraseña del equipo; indíquela para sincronizar. No se cambió nada.</translation>
    </message>
    <message>
        <source>The feed&apos;s passphrase lock is damaged; nothing was changed.</source>
        <translation>El cierre con frase de contraseña del canal está dañado; no se cambió nada.</translation>
    </message>
    <message>
        <source>The feed is locked in a way this Coalition does not know; nothing was changed.</source>
        <translation>El canal está cerrado de una forma que esta versión de Coalition no conoce; no se cambió nada.</translation>
    </message>
    <message>
        <source>The feed holds segment %1 of laptop %2 twice (replayed); nothing was changed.</source>
        <translation>El canal contiene dos veces el segmento %1 de la computadora %2 (repetido); no se cambió nada.</translation>
    </message>
    <message>
        <source>Segment %1 of laptop %2 comes again after segment %3 (replayed or reordered); nothing was changed.</source>
        <translation>El segmento %1 de la computadora %2 aparece de nuevo después del segmento %3 (repetido o desordenado); no se cambió nada.</translation>
    </message>
    <message>
        <source>Segment %1 of laptop %2 is missing from the feed (removed); nothing was changed.</source>
        <translation>Falta en el canal el segmento %1 de la computadora %2 (eliminado); no se cambió nada.</translation>
    </message>
    <message>
        <source>A segment of the feed is not UTF-8 text; nothing was changed.</source>
        <translation>Un segmento del canal no es texto UTF-8; no se cambió nada.</translation>
    </message>
    <message>
        <source>Only an encrypted feed&apos;s passphrase can be changed.</source>
        <translation>Solo se puede cambiar la frase de contraseña de un canal cifrado.</translation>
    </message>
    <message>
        <source>Not enough memory to unlock the feed (its passphrase lock needs %1 MB); nothing was changed.</source>
        <translation>No hay memoria suficiente para abrir el canal (su cierre con frase de contraseña necesita %1 MB); no se cambió nada.</translation>
    </message>
    <message>
        <source>The team passphrase does not open this feed (or its header was altered); nothing was changed.</source>
        <translation>La frase de contraseña del equipo no abre este canal (o su cabecera fue alterada); no se cambió nada.</translation>
    </message>
    <message>
        <source>A segment of the feed decompresses to %1 MB or more, more than a feed of its size can hold (%2 MB): it is damaged or was made to exhaust this laptop. Nothing was changed.</source>
        <translation>Un segmento del canal se descomprime en %1 MB o más, más de lo que un canal de su tamaño puede contener (%2 MB): está dañado o se hizo para agotar esta computadora. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>FeedDocument</name>
    <message>
        <source>The feed %1 was not read: %2</source>
        <translation>No se leyó el canal %1: %2</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>está vacío.</translation>
    </message>
    <message>
        <source>it declares entities, which a feed has no need of and which can expand without end or read files.</source>
        <translation>declara entidades, que un canal no necesita y que pueden crecer sin fin o leer archivos.</translation>
    </message>
    <message>
        <source>it refers to an undeclared entity (&amp;%1;).</source>
        <translation>se refiere a una entidad no declarada (&amp;%1;).</translation>
    </message>
    <message>
        <source>it is neither RSS 2.0 nor Atom 1.0 (its root element is &lt;%1&gt;).</source>
        <translation>no es ni RSS 2.0 ni Atom 1.0 (su elemento raíz es &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>it is not well-formed XML (line %1: %2).</source>
        <translation>no es XML bien formado (línea %1: %2).</translation>
    </message>
</context>
<context>
    <name>FeedSync</name>
    <message>
        <source>This database cannot sync yet; open it once with this Coalition.</source>
        <translation>Esta base de datos todavía no puede sincronizar; ábrala una vez con este Coalition.</translation>
    </message>
    <message>
        <source>The feed %1 belongs to another team than this laptop&apos;s database, which already syncs with a feed of its own; syncing would mix two coalitions&apos; records. Nothing was changed. To join that team, start a new database (File &gt; New) and sync it with this feed.</source>
        <translation>El canal %1 es de otro equipo que la base de datos de esta laptop, que ya sincroniza con un canal propio; sincronizar mezclaría los registros de dos coaliciones. No se cambió nada. Para unirse a ese equipo, empiece una base de datos nueva (Archivo &gt; Nueva) y sincronícela con este canal.</translation>
    </message>
    <message>
        <source>The feed %1 was there at this laptop&apos;s last sync and is now missing (an unmounted drive or a moved folder?). Nothing was changed. To start the feed anew from this laptop, sync with --create-feed.</source>
        <translation>El canal %1 estaba en la última sincronización de esta laptop y ahora falta (¿una unidad desconectada o una carpeta movida?). No se cambió nada. Para empezar el canal de nuevo desde esta laptop, sincronice con --create-feed.</translation>
    </message>
    <message>
        <source>This database was a copy of another laptop&apos;s; it now has its own device id</source>
        <translation>Esta base de datos era una copia de la de otra laptop; ahora tiene su propio id de dispositivo</translation>
    </message>
    <message>
        <source>This sync would delete %1 of the %2 records on this laptop; nothing was changed. If that is right, sync with --allow-mass-delete.</source>
        <translation>Esta sincronización borraría %1 de los %2 registros de esta laptop; no se cambió nada. Si es correcto, sincronice con --allow-mass-delete.</translation>
    </message>
    <message>
        <source>A laptop&apos;s clock is %1 hours ahead (device %2); check its date and time</source>
        <translation>El reloj de una laptop va %1 horas adelantado (dispositivo %2); revise su fecha y hora</translation>
    </message>
    <message>
        <source>The feed %1 kept changing while syncing (%2 tries); nothing was changed. Sync again in a moment.</source>
        <translation>El canal %1 no dejó de cambiar durante la sincronización (%2 intentos); no se cambió nada. Sincronice de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The feed %1 disappeared during the sync (a drive unplugged, or the file moved or deleted). Nothing was changed. Sync again once it is back, or with --create-feed to start it anew from this laptop.</source>
        <translation>El canal %1 desapareció durante la sincronización (una unidad desconectada, o el archivo se movió o se borró). No se cambió nada. Sincronice de nuevo cuando vuelva a estar, o con --create-feed para empezarlo de nuevo desde esta laptop.</translation>
    </message>
    <message>
        <source>Segment %1 of laptop %2 was merged here at an earlier sync and is no longer in the feed %3: the feed was replaced by an older copy, started anew or altered. Nothing was changed. If your team started the feed anew on purpose, sync with --rejoin to put this laptop&apos;s records back into it.</source>
        <translation>El segmento %1 de la computadora %2 se fusionó aquí en una sincronización anterior y ya no está en el canal %3: el canal fue reemplazado por una copia anterior, empezado de nuevo o alterado. No se cambió nada. Si su equipo empezó el canal de nuevo a propósito, sincronice con --rejoin para volver a poner en él los registros de esta computadora.</translation>
    </message>
    <message>
        <source>The feed %1 is in format 1, but your team has moved it to the encrypted format 2: an older copy was put back, or an older Coalition wrote it. Nothing was changed.</source>
        <translation>El canal %1 está en el formato 1, pero su equipo lo pasó al formato 2 cifrado: se repuso una copia anterior o lo escribió una versión anterior de Coalition. No se cambió nada.</translation>
    </message>
    <message>
        <source>The feed %1 is to be created (or moved to the encrypted format 2) and needs a team passphrase, which every laptop of the team will need to sync: give it with --passphrase-file FILE, or choose --no-encryption to write a feed anyone who can read the file can read. Nothing was changed.</source>
        <translation>Hay que crear el canal %1 (o pasarlo al formato 2 cifrado) y necesita una frase de contraseña del equipo, que cada computadora del equipo necesitará para sincronizar: indíquela con --passphrase-file ARCHIVO, o elija --no-encryption para escribir un canal que cualquiera que pueda leer el archivo podrá leer. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>FieldCatalogue</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Siglas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>Ciudad o región</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Issue area</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Goal or ask</source>
        <translation>Meta o demanda</translation>
    </message>
    <message>
        <source>Target decision-maker</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Event start</source>
        <translation>Inicio del evento</translation>
    </message>
    <message>
        <source>Event end</source>
        <translation>Fin del evento</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Series starts</source>
        <translation>Inicio de la serie</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>(a record deleted since)</source>
        <translation>(un registro borrado desde entonces)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>FileFeedTransport</name>
    <message>
        <source>The folder of the feed %1 is not there; is the drive connected?</source>
        <translation>La carpeta del canal %1 no está; ¿está conectada la unidad?</translation>
    </message>
    <message>
        <source>Another laptop is syncing with %1 right now; try again in a moment.</source>
        <translation>Otra laptop está sincronizando con %1 ahora mismo; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Cannot write the feed %1: %2</source>
        <translation>No se puede escribir el canal %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the feed %1: %2</source>
        <translation>No se puede leer el canal %1: %2</translation>
    </message>
    <message>
        <source>Cannot sync with %1: its folder %2 cannot be written (read-only, full, or you may not write in it).</source>
        <translation>No se puede sincronizar con %1: no se puede escribir en su carpeta %2 (es de solo lectura, está llena o no tiene permiso para escribir en ella).</translation>
    </message>
</context>
<context>
    <name>GenerateOptions</name>
    <message>
        <source>generate: how many action items.</source>
        <translation>generate: cuántas tareas.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>generate: how many organizations (default 10000).</source>
        <translation>generate: cuántas organizaciones (por omisión 10000).</translation>
    </message>
    <message>
        <source>generate: how many contacts (default 50000).</source>
        <translation>generate: cuántos contactos (por omisión 50000).</translation>
    </message>
    <message>
        <source>generate: how many campaigns (default 500).</source>
        <translation>generate: cuántas campañas (por omisión 500).</translation>
    </message>
    <message>
        <source>generate: the random seed (default 1).</source>
        <translation>generate: la semilla aleatoria (por omisión 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>E</translation>
    </message>
    <message>
        <source>generate needs --actions N: how many action items to make.</source>
        <translation>generate necesita --actions N: cuántas tareas crear.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, 0 or more (got &quot;%2&quot;).</source>
        <translation>--%1 necesita un número entero, 0 o más (se recibió «%2»).</translation>
    </message>
    <message>
        <source>--seed needs a whole number (got &quot;%1&quot;).</source>
        <translation>--seed necesita un número entero (se recibió «%1»).</translation>
    </message>
</context>
<context>
    <name>HttpFeedTransport</name>
    <message>
        <source>The server refused access to %1 (HTTP %2); check the user name and password in the address.</source>
        <translation>El servidor negó el acceso a %1 (HTTP %2); revise el usuario y la contraseña de la dirección.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2; nothing was changed.</source>
        <translation>El servidor respondió HTTP %1 para %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>The server refused to store %1 (HTTP %2); check the user name and password in the address and the folder&apos;s permissions.</source>
        <translation>El servidor se negó a guardar %1 (HTTP %2); revise el usuario y la contraseña de la dirección y los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>The server of %1 does not accept uploads (HTTP %2); is WebDAV or PUT enabled there?</source>
        <translation>El servidor de %1 no acepta subidas (HTTP %2); ¿tiene activado WebDAV o PUT?</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 when storing %2; the feed was not written and nothing was changed here.</source>
        <translation>El servidor respondió HTTP %1 al guardar %2; el canal no se escribió y aquí no se cambió nada.</translation>
    </message>
    <message>
        <source>The feed address %1 is not a valid URL.</source>
        <translation>La dirección del canal %1 no es una URL válida.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>No se pudo leer ningún certificado de %1.</translation>
    </message>
    <message>
        <source>The sync with %1 ran out of time (%2 s); nothing was changed.</source>
        <translation>La sincronización con %1 se quedó sin tiempo (%2 s); no se cambió nada.</translation>
    </message>
    <message>
        <source>The server of %1 stopped answering (nothing for %2 s); nothing was changed.</source>
        <translation>El servidor de %1 dejó de responder (nada durante %2 s); no se cambió nada.</translation>
    </message>
    <message>
        <source>The server sent more than %1 MB for %2, more than a feed can be; refused, nothing was changed. Is the address right?</source>
        <translation>El servidor envió más de %1 MB para %2, más de lo que puede ocupar un canal; se rechazó y no se cambió nada. ¿Es correcta la dirección?</translation>
    </message>
    <message>
        <source>The server of %1 redirected from https to plain http; refused so that the feed never travels unencrypted. Nothing was changed.</source>
        <translation>El servidor de %1 redirigió de https a http sin cifrar; se rechazó para que el canal nunca viaje sin cifrar. No se cambió nada.</translation>
    </message>
    <message>
        <source>No secure connection to %1: %2. Nothing was changed.</source>
        <translation>No hay conexión segura con %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Nothing was changed.</source>
        <translation>No se puede llegar a %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off: %2. Nothing was changed.</source>
        <translation>La conexión con %1 se cortó: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off after %2 of %3 bytes; nothing was changed.</source>
        <translation>La conexión con %1 se cortó tras %2 de %3 bytes; no se cambió nada.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist on the server; create it there (or correct the feed&apos;s address) and sync again. Nothing was changed.</source>
        <translation>La carpeta %1 no existe en el servidor; créela allí (o corrija la dirección del canal) y vuelva a sincronizar. No se cambió nada.</translation>
    </message>
    <message>
        <source>The server could not create %1 in its folder (HTTP 409); check that the server may write to the folder %2. Nothing was changed.</source>
        <translation>El servidor no pudo crear %1 en su carpeta (HTTP 409); compruebe que el servidor puede escribir en la carpeta %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>The server of %1 sends no ETag and has no WebDAV locks, so it cannot stop one laptop&apos;s sync from replacing another&apos;s. Coalition does not write to it. Turn on ETags or WebDAV locks there, or use a server that has them, such as Apache httpd with mod_dav. Nothing was changed.</source>
        <translation>El servidor de %1 no envía ETag y no tiene bloqueos WebDAV, así que no puede impedir que la sincronización de una laptop reemplace la de otra. Coalition no escribe en él. Active allí los ETag o los bloqueos WebDAV, o use un servidor que los tenga, como Apache httpd con mod_dav. No se cambió nada.</translation>
    </message>
    <message>
        <source>it does not say which</source>
        <translation>no dice cuál</translation>
    </message>
    <message>
        <source>The server of %1 (software: %2) ignores %3: it stored a test upload it should have refused, so one laptop&apos;s sync could silently replace edits another laptop has just synced. Coalition does not write to it. Turn on WebDAV locks there (for nginx: libnginx-mod-http-dav-ext with dav_ext_lock_zone and dav_ext_lock), or use a server that honours %3, such as Apache httpd with mod_dav. Nothing was changed.</source>
        <translation>El servidor de %1 (software: %2) ignora %3: guardó una subida de prueba que debía haber rechazado, así que la sincronización de una laptop podría reemplazar sin aviso cambios que otra laptop acaba de sincronizar. Coalition no escribe en él. Active allí los bloqueos WebDAV (en nginx: libnginx-mod-http-dav-ext con dav_ext_lock_zone y dav_ext_lock), o use un servidor que respete %3, como Apache httpd con mod_dav. No se cambió nada.</translation>
    </message>
    <message>
        <source>The server of %1 refused a test upload beside the feed, so Coalition could not check that it refuses a write another laptop&apos;s write has overtaken; if it is not Apache httpd with mod_dav, make sure it honours If-Match.</source>
        <translation>El servidor de %1 rechazó una subida de prueba junto al canal, así que Coalition no pudo comprobar que rechaza una escritura que la de otra laptop ya ha adelantado; si no es Apache httpd con mod_dav, asegúrese de que respeta If-Match.</translation>
    </message>
    <message>
        <source>The feed %1 does not exist on the server, yet the server holds a lock on it that no sync is using: it was left by an earlier attempt that failed (nginx keeps one when the feed&apos;s folder was missing). The server drops it when the lock times out (for nginx, the timeout of dav_ext_lock_zone, a minute unless set) or when it restarts; sync again then. Nothing was changed.</source>
        <translation>El canal %1 no existe en el servidor, pero el servidor mantiene sobre él un bloqueo que ninguna sincronización usa: lo dejó un intento anterior que falló (nginx conserva uno cuando faltaba la carpeta del canal). El servidor lo retira cuando el bloqueo caduca (en nginx, el tiempo de dav_ext_lock_zone, un minuto si no se indica otro) o cuando se reinicia; vuelva a sincronizar entonces. No se cambió nada.</translation>
    </message>
    <message>
        <source>Another laptop is syncing with %1 right now, or stopped in the middle of a sync and its lock has not lapsed yet; try again in a moment. Nothing was changed.</source>
        <translation>Otra laptop está sincronizando con %1 ahora mismo, o se detuvo a mitad de una sincronización y su bloqueo aún no ha caducado; vuelva a intentarlo en un momento. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importar de una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Rows without a Coalition id are matched to existing records by email, phone number or website</source>
        <translation>Las filas sin id de Coalition se comparan con los registros existentes por correo, teléfono o sitio web</translation>
    </message>
    <message>
        <source>Update the existing record (fill in what is new)</source>
        <translation>Actualizar el registro existente (completar lo nuevo)</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Omitir la fila</translation>
    </message>
    <message>
        <source>Add it as a new record</source>
        <translation>Añadirla como registro nuevo</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Registros:</translation>
    </message>
    <message>
        <source>When a row &amp;matches:</source>
        <translation>Cuando una fila &amp;coincide:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>Importado: %1 creados, %2 actualizados, %3 sin cambios, %4 omitidos.</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 to skip.</source>
        <translation>%1 por crear, %2 por actualizar, %3 sin cambios, %4 por omitir.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Fix the rows below first: nothing is imported while any is wrong.</source>
        <translation>Corrija primero las filas de abajo: no se importa nada mientras alguna esté mal.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Day first (day/month/year)</source>
        <translation>Primero el día (día/mes/año)</translation>
    </message>
    <message>
        <source>Month first (month/day/year)</source>
        <translation>Primero el mes (mes/día/año)</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>&amp;Dates such as %1 are:</source>
        <translation>&amp;Fechas como %1 son:</translation>
    </message>
    <message>
        <source>Say how the file writes dates to see what it would change.</source>
        <translation>Indique cómo escribe las fechas el archivo para ver lo que cambiaría.</translation>
    </message>
    <message>
        <source>Already there:</source>
        <translation>Ya existen:</translation>
    </message>
    <message>
        <source>No row matches a record already there.</source>
        <translation>Ninguna fila coincide con un registro que ya exista.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Partnerships (campaign, organization, role)</source>
        <translation>Alianzas (campaña, organización, papel)</translation>
    </message>
    <message>
        <source>The file&apos;s first rows; choose what each &amp;column imports as:</source>
        <translation>Las primeras filas del archivo; elija cómo se importa cada &amp;columna:</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <source>import: what to do with a row that matches a record by email, phone or website: update (default), skip or create.</source>
        <translation>import: qué hacer con una fila que coincide con un registro por correo, teléfono o sitio web: update (por omisión), skip o create.</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUÉ</translation>
    </message>
    <message>
        <source>import needs a table (%1) and a file.</source>
        <translation>import necesita una tabla (%1) y un archivo.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;; choose %2.</source>
        <translation>No se puede importar «%1»; elija %2.</translation>
    </message>
    <message>
        <source>--on-match takes update, skip or create (got &quot;%1&quot;).</source>
        <translation>--on-match admite update, skip o create (se recibió «%1»).</translation>
    </message>
    <message>
        <source>import: how the file writes dates such as 03/04/2021 when none of its dates tells: dmy (day first) or mdy (month first).</source>
        <translation>import: cómo escribe el archivo fechas como 03/04/2021 cuando ninguna de sus fechas lo aclara: dmy (primero el día) o mdy (primero el mes).</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDEN</translation>
    </message>
    <message>
        <source>--date-order takes dmy or mdy (got &quot;%1&quot;).</source>
        <translation>--date-order admite dmy o mdy (se recibió «%1»).</translation>
    </message>
    <message>
        <source>import: the column headed HEADER imports as FIELD (a column of the export, e.g. name, email, due_date), or is left out with nothing after &apos;=&apos;. Repeatable.</source>
        <translation>import: la columna titulada ENCABEZADO se importa como CAMPO (una columna de la exportación, p. ej. name, email, due_date), o se deja fuera si no hay nada tras &apos;=&apos;. Se puede repetir.</translation>
    </message>
    <message>
        <source>HEADER=FIELD</source>
        <translation>ENCABEZADO=CAMPO</translation>
    </message>
    <message>
        <source>--map takes HEADER=FIELD (got &quot;%1&quot;).</source>
        <translation>--map espera ENCABEZADO=CAMPO (se recibió «%1»).</translation>
    </message>
    <message>
        <source>import, intake: read the file and tell what would change; write nothing.</source>
        <translation>import, intake: leer el archivo y decir lo que cambiaría; no escribir nada.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewTable</name>
    <message>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <source>Coalition id</source>
        <translation>Id de Coalition</translation>
    </message>
    <message>
        <source>The file&apos;s first rows and what each column imports as</source>
        <translation>Las primeras filas del archivo y cómo se importa cada columna</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Column “%1” imports as</source>
        <translation>La columna «%1» se importa como</translation>
    </message>
</context>
<context>
    <name>InboxBadge</name>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n draft(s) waiting</source>
        <translation>
            <numerusform>%1, %n borrador en espera</numerusform>
            <numerusform>%1, %n borradores en espera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Paste alert…</source>
        <translation>&amp;Pegar aviso…</translation>
    </message>
    <message>
        <source>Read a partner&apos;s alert into drafts (Ctrl+Shift+V)</source>
        <translation>Convertir el aviso de una organización aliada en borradores (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Due or when</source>
        <translation>Plazo o fecha</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <source>Make the draft an action item as proposed (Enter)</source>
        <translation>Convertir el borrador en tarea tal como se propone (Intro)</translation>
    </message>
    <message>
        <source>Change what the draft proposes, then add it (F2)</source>
        <translation>Cambiar lo que propone el borrador y luego añadirlo (F2)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Draft and its alert</source>
        <translation>Borrador y su aviso</translation>
    </message>
    <message>
        <source>No alerts read yet</source>
        <translation>Todavía no se ha leído ningún aviso</translation>
    </message>
    <message>
        <source>Partners&apos; alerts, statements and event announcements become draft action items here: copy one, then paste it with Edit &gt; Paste alert (Ctrl+Shift+V). Each call to action in it — call, sign, register, donate, attend — is proposed with its date, campaign and organization, and the passage it came from, for you to accept or dismiss.</source>
        <translation>Los avisos, declaraciones y anuncios de eventos de las organizaciones aliadas se convierten aquí en borradores de tareas: copie uno y péguelo con Editar &gt; Pegar aviso (Ctrl+Mayús+V). Cada llamado a la acción que contenga —llamar, firmar, inscribirse, donar, asistir— se propone con su fecha, campaña y organización, y el pasaje del que salió, para que usted lo acepte o lo descarte.</translation>
    </message>
    <message>
        <source>&amp;Paste an alert…</source>
        <translation>&amp;Pegar un aviso…</translation>
    </message>
    <message>
        <source>Waiting (%L1)</source>
        <translation>En espera (%L1)</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Put the draft back among those waiting (Delete)</source>
        <translation>Devolver el borrador a los que están en espera (Supr)</translation>
    </message>
    <message>
        <source>Put the draft aside without adding it (Delete)</source>
        <translation>Apartar el borrador sin añadirlo (Supr)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Nothing waiting&lt;/h2&gt;&lt;p&gt;Every draft was accepted or dismissed. Paste another alert with Edit &amp;gt; Paste alert (Ctrl+Shift+V).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Nada en espera&lt;/h2&gt;&lt;p&gt;Todos los borradores se aceptaron o descartaron. Pegue otro aviso con Editar &amp;gt; Pegar aviso (Ctrl+Mayús+V).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No call to action found in the alert.</source>
        <translation>No se encontró ningún llamado a la acción en el aviso.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) from the alert in the Inbox.</source>
        <translation>
            <numerusform>%n borrador del aviso en Recibidos.</numerusform>
            <numerusform>%n borradores del aviso en Recibidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” added to the action items.</source>
        <translation>“%1” se añadió a las tareas.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Choose a draft to see the alert it came from.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Elija un borrador para ver el aviso de la que salió.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Accepted as</source>
        <translation>Aceptado como</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 (new: added when accepted)</source>
        <translation>%1 (nueva: se añade al aceptar)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Why it was proposed</source>
        <translation>Por qué se propuso</translation>
    </message>
    <message>
        <source>From a partner&apos;s feed, received %1</source>
        <translation>Del canal de una organización aliada, recibido el %1</translation>
    </message>
    <message>
        <source>From the file %1, read %2</source>
        <translation>Del archivo %1, leído el %2</translation>
    </message>
    <message>
        <source>Pasted %1</source>
        <translation>Pegado el %1</translation>
    </message>
    <message>
        <source>Accept and e&amp;dit…</source>
        <translation>Aceptar y edi&amp;tar…</translation>
    </message>
    <message>
        <source>Pa&amp;rtner feeds…</source>
        <translation>Ca&amp;nales de aliadas…</translation>
    </message>
    <message>
        <source>The partners&apos; news feeds whose new entries become drafts here</source>
        <translation>Los canales de noticias de las organizaciones aliadas cuyas entradas nuevas se convierten aquí en borradores</translation>
    </message>
    <message>
        <source>Read feeds &amp;now</source>
        <translation>&amp;Leer canales ahora</translation>
    </message>
    <message>
        <source>Fetch the partner feeds and draft their new entries</source>
        <translation>Descargar los canales de las aliadas y proponer borradores de sus entradas nuevas</translation>
    </message>
    <message>
        <source>Already there?</source>
        <translation>¿Ya está?</translation>
    </message>
    <message>
        <source>(an action item of the campaign seems the same)</source>
        <translation>(una tarea de la campaña parece la misma)</translation>
    </message>
</context>
<context>
    <name>InboxStore</name>
    <message>
        <source>There is no draft with id %1.</source>
        <translation>No hay ningún borrador con el id %1.</translation>
    </message>
</context>
<context>
    <name>IntakeOptions</name>
    <message>
        <source>intake: the alert&apos;s language (%1); told from its words when not given.</source>
        <translation>intake: el idioma del aviso (%1); si no se da, se deduce de sus palabras.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>intake needs a file with the alert, or - to read it from the standard input.</source>
        <translation>intake necesita un archivo con el aviso, o - para leerlo de la entrada estándar.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--language takes one of: %1 (got &quot;%2&quot;).</source>
        <translation>--language admite uno de: %1 (se recibió «%2»).</translation>
    </message>
</context>
<context>
    <name>IntakeRules</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file of intake rules: %2</source>
        <translation>%1 no es un archivo de reglas de entrada de avisos: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Coalition</source>
        <translation>%1 — Coalition</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Hide this reminder</source>
        <translation>Ocultar este recordatorio</translation>
    </message>
    <message>
        <source>Today is %1</source>
        <translation>Hoy es %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Start an empty Coalition database in a file you choose</source>
        <translation>Empezar una base de datos de Coalition vacía en el archivo que elija</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>A&amp;brir base de datos…</translation>
    </message>
    <message>
        <source>Open another Coalition database</source>
        <translation>Abrir otra base de datos de Coalition</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add or update contacts, organizations or action items from a CSV file, with a preview first</source>
        <translation>Añadir o actualizar contactos, organizaciones o tareas desde un archivo CSV, con vista previa</translation>
    </message>
    <message>
        <source>Save what this page shows as CSV, or deadlines and contacts for calendars and address books</source>
        <translation>Guardar lo que muestra esta página como CSV, o los plazos y contactos para calendarios y libretas de direcciones</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Merge with the team&apos;s shared feed file (set it in Preferences)</source>
        <translation>Fusionar con el canal compartido del equipo (se elige en Preferencias)</translation>
    </message>
    <message>
        <source>Sync &amp;log and conflicts…</source>
        <translation>&amp;Registro de sincronización y conflictos…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Coalition</source>
        <translation>Cerrar Coalition</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Add a record to the current page</source>
        <translation>Añadir un registro a la página actual</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the chosen record</source>
        <translation>Editar el registro elegido</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Delete the chosen record (it asks first)</source>
        <translation>Borrar el registro elegido (pregunta antes)</translation>
    </message>
    <message>
        <source>&amp;Mark done / reopen</source>
        <translation>&amp;Marcar hecha / reabrir</translation>
    </message>
    <message>
        <source>Mark the chosen action item done, or open it again</source>
        <translation>Marcar como hecha la tarea elegida, o volver a abrirla</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search campaigns, organizations, contacts and action items</source>
        <translation>Buscar campañas, organizaciones, contactos y tareas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show &amp;reminder</source>
        <translation>Mostrar &amp;recordatorio</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Coalition</source>
        <translation>&amp;Acerca de Coalition</translation>
    </message>
    <message>
        <source>About Coalition</source>
        <translation>Acerca de Coalition</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Coalition&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Partner organizations, contacts, campaigns and action items for community organizers. Your data stays on this laptop.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Coalition&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Organizaciones aliadas, contactos, campañas y tareas para organizadores comunitarios. Sus datos se quedan en esta laptop.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 action item is due today</source>
        <translation>1 tarea vence hoy</translation>
    </message>
    <message>
        <source>%1 action items are due today</source>
        <translation>%1 tareas vencen hoy</translation>
    </message>
    <message>
        <source>1 action item is overdue</source>
        <translation>1 tarea está vencida</translation>
    </message>
    <message>
        <source>%1 action items are overdue</source>
        <translation>%1 tareas están vencidas</translation>
    </message>
    <message>
        <source>Reminder: %1. See Deadlines (Ctrl+5).</source>
        <translation>Recordatorio: %1. Vea Plazos (Ctrl+5).</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Coalition deadlines</source>
        <translation>Plazos de Coalition</translation>
    </message>
    <message>
        <source>New Coalition database</source>
        <translation>Nueva base de datos de Coalition</translation>
    </message>
    <message>
        <source>Coalition databases (*.sqlite)</source>
        <translation>Bases de datos de Coalition (*.sqlite)</translation>
    </message>
    <message>
        <source>Open Coalition database</source>
        <translation>Abrir base de datos de Coalition</translation>
    </message>
    <message>
        <source>Coalition databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Coalition (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>more than %1 action items are due today</source>
        <translation>más de %1 tareas vencen hoy</translation>
    </message>
    <message>
        <source>more than %1 action items are overdue</source>
        <translation>más de %1 tareas están vencidas</translation>
    </message>
    <message>
        <source>Click for the sync log and conflicts.</source>
        <translation>Haga clic para ver el registro de sincronización y los conflictos.</translation>
    </message>
    <message>
        <source>Mer&amp;ge with…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>Make the chosen organization or contact and a duplicate of it one</source>
        <translation>Unir en uno la organización o el contacto elegido y un duplicado suyo</translation>
    </message>
    <message>
        <source>Show &amp;ended campaigns</source>
        <translation>Mostrar campañas &amp;terminadas</translation>
    </message>
    <message>
        <source>List won, lost and closed campaigns and their action items too</source>
        <translation>Mostrar también las campañas ganadas, perdidas y cerradas, y sus tareas</translation>
    </message>
    <message>
        <source>Coalition grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Paste &amp;alert…</source>
        <translation>Pegar &amp;aviso…</translation>
    </message>
    <message>
        <source>Read a partner&apos;s alert from the clipboard into draft action items in the Inbox</source>
        <translation>Convertir el aviso de una organización aliada del portapapeles en borradores de tareas en Recibidos</translation>
    </message>
    <message>
        <source>Partner f&amp;eeds…</source>
        <translation>&amp;Canales de aliadas…</translation>
    </message>
    <message>
        <source>The partners&apos; news feeds whose new entries become drafts in the Inbox</source>
        <translation>Los canales de noticias de las organizaciones aliadas cuyas entradas nuevas se convierten en borradores en Recibidos</translation>
    </message>
    <message>
        <source>Read partner feeds &amp;now</source>
        <translation>&amp;Leer canales de aliadas ahora</translation>
    </message>
    <message>
        <source>Fetch the partner feeds and draft their new entries in the Inbox</source>
        <translation>Descargar los canales de las aliadas y proponer borradores de sus entradas nuevas en Recibidos</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge organizations</source>
        <translation>Fusionar organizaciones</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionar contactos</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation>Fusionar &amp;con:</translation>
    </message>
    <message>
        <source>“%1” stays. Choose the record that stands for the same %2, then which value of each field to keep.</source>
        <translation>«%1» se queda. Elija el registro que representa a la misma %2 y luego qué valor de cada campo conservar.</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>There is no other record to merge with.</source>
        <translation>No hay otro registro con el que fusionar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keeps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conserva&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Takes instead&lt;/b&gt;</source>
        <translation>&lt;b&gt;Toma en su lugar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation>Los dos registros tienen los mismos valores.</translation>
    </message>
    <message>
        <source>“%1” is deleted; the tags of both are kept.</source>
        <translation>«%1» se borra; se conservan las etiquetas de ambos.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that refer to it (people, action items, partnerships) move to the one that stays.</source>
        <translation>
            <numerusform>%n registro que lo menciona (personas, tareas, alianzas) pasa al que se queda.</numerusform>
            <numerusform>%n registros que lo mencionan (personas, tareas, alianzas) pasan al que se queda.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>%1 is not a Coalition database; it was left untouched.</source>
        <translation>%1 no es una base de datos de Coalition; no se tocó.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Coalition (schema %2; this version reads up to %3). Update Coalition to open it.</source>
        <translation>%1 lo escribió un Coalition más reciente (esquema %2; esta versión lee hasta el %3). Actualice Coalition para abrirlo.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 (%3) failed: %4. The database was left at schema %5.</source>
        <translation>Falló la actualización de %1 al esquema %2 (%3): %4. La base de datos quedó en el esquema %5.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 before upgrading: %2</source>
        <translation>No se puede escribir la copia de seguridad %1 antes de actualizar: %2</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>New organization</source>
        <translation>Organización nueva</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Editar organización</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A&amp;cronym:</source>
        <translation>Si&amp;gla:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>City or &amp;region:</source>
        <translation>Ciudad o &amp;región:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descripció&amp;n:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
</context>
<context>
    <name>OrganizationRepository</name>
    <message>
        <source>The organization has no name. Enter its name.</source>
        <translation>La organización no tiene nombre. Escriba su nombre.</translation>
    </message>
</context>
<context>
    <name>OrganizationTableModel</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>Filter organizations by name, acronym, place or description…</source>
        <translation>Filtrar organizaciones por nombre, sigla, lugar o descripción…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Choose an organization to see its people and campaigns.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Elija una organización para ver su gente y sus campañas.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>Ciudad o región</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <source>Filter organizations</source>
        <translation>Filtrar organizaciones</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>The chosen organization</source>
        <translation>La organización elegida</translation>
    </message>
    <message>
        <source>No partner organizations yet</source>
        <translation>Aún no hay organizaciones aliadas</translation>
    </message>
    <message>
        <source>The organizations of your coalition: who they are, where they work, their people and the campaigns they take part in.</source>
        <translation>Las organizaciones de su coalición: quiénes son, dónde trabajan, su gente y las campañas en las que participan.</translation>
    </message>
    <message>
        <source>Add the first organization</source>
        <translation>Añadir la primera organización</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Add partner</source>
        <translation>Añadir aliada</translation>
    </message>
    <message>
        <source>Change partner</source>
        <translation>Cambiar aliada</translation>
    </message>
    <message>
        <source>What they committed to, e.g. a statement or a training</source>
        <translation>A qué se comprometieron, p. ej. una declaración o un taller</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>&amp;Compromiso:</translation>
    </message>
    <message>
        <source>%1 — already a partner</source>
        <translation>%1 — ya es aliada</translation>
    </message>
</context>
<context>
    <name>PartnerFeedFetch</name>
    <message>
        <source>The server of %1 answered %2; the feed was not read.</source>
        <translation>El servidor de %1 respondió %2; no se leyó el canal.</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) read</source>
        <translation>
            <numerusform>%n canal leído</numerusform>
            <numerusform>%n canales leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entry(s)</source>
        <translation>
            <numerusform>%n entrada nueva</numerusform>
            <numerusform>%n entradas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) in the Inbox.</source>
        <translation>
            <numerusform>%n borrador en Recibidos.</numerusform>
            <numerusform>%n borradores en Recibidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed:</source>
        <translation>
            <numerusform>%n canal falló:</numerusform>
            <numerusform>%n canales fallaron:</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner feeds to read: add one with Edit &gt; Partner feeds.</source>
        <translation>No hay canales de aliadas que leer: añada uno con Editar &gt; Canales de aliadas.</translation>
    </message>
</context>
<context>
    <name>PartnerFeedStore</name>
    <message>
        <source>“%1” is not a feed&apos;s address: give one that starts with https:// (or http://).</source>
        <translation>“%1” no es la dirección de un canal: indique una que empiece por https:// (o http://).</translation>
    </message>
    <message>
        <source>Choose the organization that publishes the feed.</source>
        <translation>Elija la organización que publica el canal.</translation>
    </message>
</context>
<context>
    <name>PartnerFeedWatch</name>
    <message>
        <source>Reading partner feeds…</source>
        <translation>Leyendo los canales de las aliadas…</translation>
    </message>
</context>
<context>
    <name>PartnerFeedsDialog</name>
    <message>
        <source>Partner feeds</source>
        <translation>Canales de aliadas</translation>
    </message>
    <message>
        <source>The news feeds (RSS or Atom) of partner organizations. Each new entry&apos;s calls to action become drafts in the Inbox. Coalition reads these addresses and no others; the list is shared with your team when you sync.</source>
        <translation>Los canales de noticias (RSS o Atom) de las organizaciones aliadas. Los llamados a la acción de cada entrada nueva se convierten en borradores en Recibidos. Coalition lee estas direcciones y ninguna otra; la lista se comparte con su equipo al sincronizar.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>(elija una)</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Add feed</source>
        <translation>&amp;Añadir canal</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Read them &amp;every hour while Coalition is open</source>
        <translation>Leerlos cada &amp;hora mientras Coalition esté abierto</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypt the team feed</source>
        <translation>Cifrar el canal del equipo</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Frase de contraseña del equipo</translation>
    </message>
    <message>
        <source>The shared feed %1 is about to be written. Choose the team passphrase that encrypts it: every laptop of the team will need it to sync, and nobody without it (the file&apos;s host, a lost laptop) can read the coalition&apos;s records.</source>
        <translation>Se va a escribir el canal compartido %1. Elija la frase de contraseña del equipo que lo cifra: cada computadora del equipo la necesitará para sincronizar, y nadie sin ella (quien aloja el archivo, una computadora perdida) podrá leer los registros de la coalición.</translation>
    </message>
    <message>
        <source>The shared feed %1 is encrypted. Enter the team passphrase to sync.</source>
        <translation>El canal compartido %1 está cifrado. Escriba la frase de contraseña del equipo para sincronizar.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Write the feed &amp;without encryption</source>
        <translation>Escribir el canal &amp;sin cifrado</translation>
    </message>
    <message>
        <source>Without encryption, anyone who can read the feed file — the sync service, the server&apos;s host, whoever finds a copy — reads every name, phone number and note in it. Choose this only for test data.</source>
        <translation>Sin cifrado, cualquiera que pueda leer el archivo del canal —el servicio de sincronización, quien aloja el servidor, quien encuentre una copia— lee cada nombre, teléfono y nota que contiene. Elija esto solo para datos de prueba.</translation>
    </message>
    <message>
        <source>&amp;Encrypt and sync</source>
        <translation>&amp;Cifrar y sincronizar</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>Sync &amp;without encryption</source>
        <translation>Sincronizar &amp;sin cifrado</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases no coinciden.</translation>
    </message>
    <message>
        <source>Re&amp;member it in this computer&apos;s keyring</source>
        <translation>Re&amp;cordarla en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s password store (GNOME Keyring, KWallet), never in a plain file. Leave it off on a shared computer.</source>
        <translation>La guarda el almacén de contraseñas del escritorio (GNOME Keyring, KWallet), nunca un archivo sin cifrar. Déjelo sin marcar en una computadora compartida.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Choose a passphrase of four or more words the team can remember.</source>
        <translation>Elija una frase de cuatro o más palabras que el equipo pueda recordar.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words, not just digits or symbols.</source>
        <translation>Débil: fácil de adivinar. Añada más palabras, no solo números o símbolos.</translation>
    </message>
    <message>
        <source>Fair: acceptable. Another word would make it strong.</source>
        <translation>Aceptable. Otra palabra la haría fuerte.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Muy fuerte.</translation>
    </message>
</context>
<context>
    <name>PasteAlertDialog</name>
    <message>
        <source>Paste alert</source>
        <translation>Pegar aviso</translation>
    </message>
    <message>
        <source>Paste a partner&apos;s alert, statement or event announcement. Each call to action in it becomes a draft in the Inbox, to accept or dismiss; nothing is added to your action items until you accept it, and nothing leaves this computer.</source>
        <translation>Pegue el aviso, la declaración o el anuncio de evento de una organización aliada. Cada llamado a la acción que contenga se convierte en un borrador en Recibidos, para aceptarlo o descartarlo; nada se añade a sus tareas hasta que lo acepte, y nada sale de esta computadora.</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation>Texto del aviso</translation>
    </message>
    <message>
        <source>Tell from its words</source>
        <translation>Deducirlo de sus palabras</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Recibido el:</translation>
    </message>
    <message>
        <source>&amp;Draft action items</source>
        <translation>&amp;Proponer tareas</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Recorded as the author of the changes you make</source>
        <translation>Se anota como autor de los cambios que haga</translation>
    </message>
    <message>
        <source>Filled in as the owner of new action items</source>
        <translation>Se pone como responsable de las tareas nuevas</translation>
    </message>
    <message>
        <source>A shared file, or an https:// address</source>
        <translation>Un archivo o una dirección https://</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Shared feed file</source>
        <translation>Archivo del canal compartido</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only when asked or when the file changes</source>
        <translation>solo cuando se pida o cuando cambie el archivo</translation>
    </message>
    <message>
        <source>The team&apos;s passphrase, if the feed uses one. Kept only until Coalition closes; never saved.</source>
        <translation>La frase de contraseña del equipo, si el canal la usa. Se guarda solo hasta cerrar Coalition; nunca en disco.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Default &amp;owner:</source>
        <translation>&amp;Responsable por omisión:</translation>
    </message>
    <message>
        <source>Shared &amp;feed:</source>
        <translation>&amp;Canal compartido:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar &amp;cada:</translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation>Frase de contraseña del &amp;equipo:</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>El del sistema (%1)</translation>
    </message>
    <message>
        <source>Takes effect the next time Coalition starts</source>
        <translation>Se aplica la próxima vez que se abra Coalition</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>The team&apos;s shared feed: a file on a shared drive or in a synced folder (Nextcloud, Dropbox, Syncthing), an http(s) address on a web server with WebDAV (put a user name and password in the address if the server asks for them), or a PostgreSQL team server, postgresql://member@host:5432/database?team=NAME (its password is asked for when syncing).</source>
        <translation>El canal compartido del equipo: un archivo en una unidad compartida o en una carpeta sincronizada (Nextcloud, Dropbox, Syncthing), una dirección http(s) en un servidor web con WebDAV (ponga un usuario y una contraseña en la dirección si el servidor los pide) o un servidor del equipo PostgreSQL, postgresql://miembro@servidor:5432/base?team=NOMBRE (su contraseña se pide al sincronizar).</translation>
    </message>
    <message>
        <source>Only for a server with a certificate of its own</source>
        <translation>Solo si tiene certificado propio</translation>
    </message>
    <message>
        <source>A file of certificate authorities (PEM) to trust for the team&apos;s server, https:// or postgresql://, when its certificate is not signed by an authority this computer trusts. The server&apos;s owner gives it.</source>
        <translation>Un archivo de autoridades de certificación (PEM) en las que confiar para el servidor del equipo, https:// o postgresql://, cuando su certificado no lo firma una autoridad en la que confíe esta computadora. Lo da el propietario del servidor.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Autoridades de certificación</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Server &amp;certificate:</source>
        <translation>Certificado del &amp;servidor:</translation>
    </message>
    <message>
        <source>Printed at the top of every page you print or save as PDF</source>
        <translation>Se imprime al principio de cada página que imprima o guarde como PDF</translation>
    </message>
    <message>
        <source>Coali&amp;tion&apos;s name:</source>
        <translation>Nombre de &amp;la coalición:</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print what this page shows, as a handout</source>
        <translation>Imprime lo que muestra esta página, como folleto</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>See the pages before printing them</source>
        <translation>Ve las páginas antes de imprimirlas</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exportar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save what this page shows as a PDF file</source>
        <translation>Guarda lo que muestra esta página como archivo PDF</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Vista previa — %1</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
</context>
<context>
    <name>PrintColumnsDialog</name>
    <message>
        <source>Columns to print</source>
        <translation>Columnas que imprimir</translation>
    </message>
    <message>
        <source>&amp;Print these</source>
        <translation>&amp;Imprimir estas</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
</context>
<context>
    <name>PrintOptions</name>
    <message>
        <source>print and report: write a PDF file.</source>
        <translation>print y report: escribe un archivo PDF.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>report: start the chart and the list of changes on this day.</source>
        <translation>report: empieza el gráfico y la lista de cambios en este día.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>%1 takes one of: %2.</source>
        <translation>%1 acepta uno de: %2.</translation>
    </message>
    <message>
        <source>report campaign needs the campaign&apos;s name or id.</source>
        <translation>report campaign necesita el nombre o el id de la campaña.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>print needs --pdf FILE: the PDF to write.</source>
        <translation>print necesita --pdf ARCHIVO: el PDF que se escribe.</translation>
    </message>
    <message>
        <source>--since belongs to the report command.</source>
        <translation>--since es de la orden report.</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation>--since: «%1» no es una fecha; use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--campaign, --status, --owner and --due-… filter print actions only.</source>
        <translation>--campaign, --status, --owner y --due-… solo filtran print actions.</translation>
    </message>
    <message>
        <source>--columns goes with print actions and print contacts.</source>
        <translation>--columns va con print actions y print contacts.</translation>
    </message>
    <message>
        <source>--%1 belongs to the export command.</source>
        <translation>--%1 es de la orden export.</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Petición:</translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>(sin escribir)</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Destinatario:</translation>
    </message>
    <message>
        <source>Action items:</source>
        <translation>Tareas:</translation>
    </message>
    <message>
        <source>Partners (%1)</source>
        <translation>Aliadas (%1)</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation>Todavía no hay aliadas.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Open action items (%1)</source>
        <translation>Tareas abiertas (%1)</translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation>No hay nada abierto.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more open.</source>
        <translation>
            <numerusform>…y %n abierta más.</numerusform>
            <numerusform>…y %n abiertas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Changed since %1</source>
        <translation>Cambios desde el %1</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Open items by owner</source>
        <translation>Tareas abiertas por responsable</translation>
    </message>
    <message>
        <source>Open items by priority</source>
        <translation>Tareas abiertas por prioridad</translation>
    </message>
    <message>
        <source>Coalition overview</source>
        <translation>Resumen de la coalición</translation>
    </message>
    <message>
        <source>Current campaigns as of %1</source>
        <translation>Campañas en curso al %1</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Aliadas</translation>
    </message>
    <message>
        <source>Busiest owners</source>
        <translation>Responsables con más trabajo</translation>
    </message>
    <message>
        <source>This week&apos;s deadlines</source>
        <translation>Plazos de esta semana</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Open action items by deadline, as of %1</source>
        <translation>Tareas abiertas por plazo, al %1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>No vence nada.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> (repeats; coming date)</source>
        <translation> (se repite; próxima fecha)</translation>
    </message>
    <message>
        <source> (repeats)</source>
        <translation> (se repite)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Separe las etiquetas con comas</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Add “%1”</source>
        <translation>Añadir «%1»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>Add campaign “%1”</source>
        <translation>Añadir la campaña «%1»</translation>
    </message>
    <message>
        <source>Edit campaign “%1”</source>
        <translation>Editar la campaña «%1»</translation>
    </message>
    <message>
        <source>Add organization “%1”</source>
        <translation>Añadir la organización «%1»</translation>
    </message>
    <message>
        <source>Edit organization “%1”</source>
        <translation>Editar la organización «%1»</translation>
    </message>
    <message>
        <source>Add contact “%1”</source>
        <translation>Añadir el contacto «%1»</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>Editar el contacto «%1»</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Añadir aliada</translation>
    </message>
    <message>
        <source>Change partner</source>
        <translation>Cambiar aliada</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Borrar «%1»?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Borrar «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Marcar «%1» como hecha</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <translation>Poner «%1» en %2</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionar «%1» en «%2»</translation>
    </message>
    <message>
        <source>Delete, &amp;keep its action items</source>
        <translation>Borrar y &amp;conservar sus tareas</translation>
    </message>
    <message>
        <source>Delete &amp;with its action items</source>
        <translation>Borrar &amp;junto con sus tareas</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Done “%1” of %2</source>
        <translation>Hecha «%1» del %2</translation>
    </message>
    <message>
        <source>Skip “%1” of %2</source>
        <translation>Omitir «%1» del %2</translation>
    </message>
    <message>
        <source>Accept draft</source>
        <translation>Aceptar borrador</translation>
    </message>
    <message>
        <source>Accept “%1”</source>
        <translation>Aceptar “%1”</translation>
    </message>
    <message>
        <source>Dismiss “%1”</source>
        <translation>Descartar “%1”</translation>
    </message>
    <message>
        <source>Open “%1” again</source>
        <translation>Reabrir “%1”</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>Only two organizations or two contacts can be merged.</source>
        <translation>Solo se pueden fusionar dos organizaciones o dos contactos.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Un registro no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>One of the two records no longer exists; it may have been deleted on another laptop.</source>
        <translation>Uno de los dos registros ya no existe; quizá se borró en otra computadora.</translation>
    </message>
</context>
<context>
    <name>RecordSnapshot</name>
    <message>
        <source>It leaves %1; its %2 and %3 stay, without an organization.</source>
        <translation>Sale de %1; sus %2 y sus %3 se quedan, sin organización.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner link(s)</source>
        <translation>
            <numerusform>%n vínculo con una aliada</numerusform>
            <numerusform>%n vínculos con aliadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaña</numerusform>
            <numerusform>%n campañas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Its %1 are deleted with it.</source>
        <translation>Se borran con ella sus %1.</translation>
    </message>
    <message>
        <source>Its %1 are deleted with it. Its %2 can stay, without a campaign, or be deleted too.</source>
        <translation>Se borran con ella sus %1. Sus %2 pueden quedarse, sin campaña, o borrarse también.</translation>
    </message>
</context>
<context>
    <name>RecurrenceRule</name>
    <message>
        <source>&quot;%1&quot; is not a rule for repeating. Choose one in the list, or write an iCalendar rule such as FREQ=WEEKLY;BYDAY=TU.</source>
        <translation>«%1» no es una regla de repetición. Elija una de la lista o escriba una regla de iCalendar como FREQ=WEEKLY;BYDAY=TU.</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>cada %n día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>cada %n semana</numerusform>
            <numerusform>cada %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>cada %n mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>cada %n año</numerusform>
            <numerusform>cada %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>el %1 %2</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>el día %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
</context>
<context>
    <name>RepeatField</name>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Repeats until</source>
        <translation>Se repite hasta</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Número de veces</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source> times</source>
        <translation> veces</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>quinto</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Every week on %1</source>
        <translation>Cada semana, el %1</translation>
    </message>
    <message>
        <source>Every 2 weeks on %1</source>
        <translation>Cada 2 semanas, el %1</translation>
    </message>
    <message>
        <source>Every month on the %1 %2</source>
        <translation>Cada mes, el %1 %2</translation>
    </message>
    <message>
        <source>Every month on day %1</source>
        <translation>Cada mes, el día %1</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Action items done, week by week</source>
        <translation>Tareas hechas, semana a semana</translation>
    </message>
    <message>
        <source>All action items</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Action items of each campaign</source>
        <translation>Tareas de cada campaña</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Open, not overdue</source>
        <translation>Abiertas, sin vencer</translation>
    </message>
</context>
<context>
    <name>ReportTerminalText</name>
    <message>
        <source>Ask: %1</source>
        <translation>Petición: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Destinatario: %1</translation>
    </message>
    <message>
        <source>Week by week (all, done)</source>
        <translation>Semana a semana (todas, hechas)</translation>
    </message>
    <message>
        <source>Partners (%1)</source>
        <translation>Aliadas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>, %n open item(s)</source>
        <translation>
            <numerusform>, %n tarea abierta</numerusform>
            <numerusform>, %n tareas abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Open action items (%1)</source>
        <translation>Tareas abiertas (%1)</translation>
    </message>
    <message>
        <source>Open items by owner</source>
        <translation>Tareas abiertas por responsable</translation>
    </message>
    <message>
        <source>Changed since %1</source>
        <translation>Cambios desde el %1</translation>
    </message>
    <message>
        <source>Current campaigns: open, overdue, done, partners</source>
        <translation>Campañas en curso: abiertas, vencidas, hechas, aliadas</translation>
    </message>
    <message>
        <source>Busiest owners</source>
        <translation>Responsables con más trabajo</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>(no owner)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Aliada</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>a date done or skipped</source>
        <translation>una fecha hecha u omitida</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open %1 · Done %2 · Overdue %3 · Cancelled %4</source>
        <translation>Abiertas %1 · Hechas %2 · Vencidas %3 · Canceladas %4</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Changes in the last 7 days</source>
        <translation>Cambios de los últimos 7 días</translation>
    </message>
    <message>
        <source>Changes in the last 30 days</source>
        <translation>Cambios de los últimos 30 días</translation>
    </message>
    <message>
        <source>&amp;Report on:</source>
        <translation>&amp;Informe de:</translation>
    </message>
    <message>
        <source>Coalition overview</source>
        <translation>Resumen de la coalición</translation>
    </message>
    <message>
        <source>The same numbers are in the Campaigns table below.</source>
        <translation>Las mismas cifras están en la tabla Campañas, debajo.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Aliadas</translation>
    </message>
    <message>
        <source>This week&apos;s deadlines</source>
        <translation>Plazos de esta semana</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Busiest owners</source>
        <translation>Responsables con más trabajo</translation>
    </message>
    <message>
        <source>The same numbers are in the Week by week table below.</source>
        <translation>Las mismas cifras están en la tabla Semana a semana, debajo.</translation>
    </message>
    <message>
        <source>Open items (%1)</source>
        <translation>Tareas abiertas (%1)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Partners (%1)</source>
        <translation>Aliadas (%1)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semana a semana</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>All action items</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Por responsable</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>Por prioridad</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Cambios (%1)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>No campaigns to report on yet</source>
        <translation>Todavía no hay campañas para informar</translation>
    </message>
    <message>
        <source>Reports show how each campaign is moving: its action items done week by week, open work by owner and priority, its partners and who changed what. Print one for the coalition&apos;s call with File &gt; Print.</source>
        <translation>Los informes muestran cómo avanza cada campaña: sus tareas hechas semana a semana, el trabajo abierto por responsable y prioridad, sus aliadas y quién cambió qué. Imprima uno para la llamada de la coalición con Archivo &gt; Imprimir.</translation>
    </message>
    <message>
        <source>Add a &amp;campaign</source>
        <translation>Añadir una &amp;campaña</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>A record with id %1 already exists.</source>
        <translation>Ya existe un registro con el id %1.</translation>
    </message>
    <message>
        <source>The record %1 no longer exists; it may have been deleted on another laptop.</source>
        <translation>El registro %1 ya no existe; puede que se haya borrado en otra computadora.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid record id (a UUID such as 123e4567-e89b-12d3-a456-426614174000).</source>
        <translation>«%1» no es un id de registro válido (un UUID como 123e4567-e89b-12d3-a456-426614174000).</translation>
    </message>
</context>
<context>
    <name>RepositoryBase</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Use a form like https://example.org/page.</source>
        <translation>«%1» no es una dirección web. Use una forma como https://example.org/pagina.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Use a form like name@example.org.</source>
        <translation>«%1» no es una dirección de correo. Use una forma como nombre@example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Use digits, spaces and + ( ) -.</source>
        <translation>«%1» no es un número de teléfono. Use dígitos, espacios y + ( ) -.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2. Use one of: %3.</source>
        <translation>«%1» no es un valor válido de %2. Use uno de: %3.</translation>
    </message>
</context>
<context>
    <name>SampleDataLoader</name>
    <message>
        <source>Cannot read the sample data %1: %2</source>
        <translation>No se pueden leer los datos de ejemplo %1: %2</translation>
    </message>
    <message>
        <source>The sample data %1 is not valid JSON: %2 (at byte %3).</source>
        <translation>Los datos de ejemplo %1 no son JSON válido: %2 (en el byte %3).</translation>
    </message>
    <message>
        <source>The sample data has a bad record (%1): %2</source>
        <translation>Los datos de ejemplo tienen un registro incorrecto (%1): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha con la forma AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (ISO 8601).</source>
        <translation>«%1» no es una fecha y hora (ISO 8601).</translation>
    </message>
    <message>
        <source>The sample data names an organization it does not define: &quot;%1&quot;.</source>
        <translation>Los datos de ejemplo nombran una organización que no definen: «%1».</translation>
    </message>
    <message>
        <source>The sample data names a campaign it does not define: &quot;%1&quot;.</source>
        <translation>Los datos de ejemplo nombran una campaña que no definen: «%1».</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Search Coalition</source>
        <translation>Buscar en Coalition</translation>
    </message>
    <message>
        <source>Words or the start of words, e.g. “bysta train”</source>
        <translation>Palabras o el principio de palabras, p. ej. «bysta train»</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Enter opens the chosen result; Esc closes.</source>
        <translation>Intro abre el resultado elegido; Esc cierra.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The team server address %1 cannot be used: %2</source>
        <translation>No se puede usar la dirección del servidor del equipo %1: %2</translation>
    </message>
    <message>
        <source>write it as postgresql://member@host:5432/database?team=NAME.</source>
        <translation>escríbala como postgresql://miembro@servidor:5432/base?team=NOMBRE.</translation>
    </message>
    <message>
        <source>it holds a password. Give the password in a file (--password-file) or when asked; an address is kept in settings and shown in the sync log.</source>
        <translation>contiene una contraseña. Dé la contraseña en un archivo (--password-file) o cuando se le pida; la dirección se guarda en la configuración y aparece en el registro de sincronización.</translation>
    </message>
    <message>
        <source>it names no member (member@host).</source>
        <translation>no indica ningún miembro (miembro@servidor).</translation>
    </message>
    <message>
        <source>it names no database (host/database).</source>
        <translation>no indica ninguna base de datos (servidor/base).</translation>
    </message>
    <message>
        <source>it names no team (?team=NAME).</source>
        <translation>no indica ningún equipo (?team=NOMBRE).</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode debe ser uno de %1.</translation>
    </message>
    <message>
        <source>connect_timeout must be a whole number of seconds.</source>
        <translation>connect_timeout debe ser un número entero de segundos.</translation>
    </message>
    <message>
        <source>it has an option this Coalition does not know: %1.</source>
        <translation>tiene una opción que esta versión de Coalition no conoce: %1.</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql); a team server cannot be reached.</source>
        <translation>El controlador de PostgreSQL de Qt no está instalado (paquete de Debian libqt6sql6-psql); no se puede llegar a un servidor del equipo.</translation>
    </message>
    <message>
        <source>Cannot read the certificate authorities file %1.</source>
        <translation>No se puede leer el archivo de autoridades de certificación %1.</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1: %2</source>
        <translation>No se puede conectar con el servidor del equipo %1: %2</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> No se cambió nada.</translation>
    </message>
    <message>
        <source>The team server %1 refused a request: %2</source>
        <translation>El servidor del equipo %1 rechazó una petición: %2</translation>
    </message>
    <message>
        <source>The team server %1 could not start a transaction: %2</source>
        <translation>El servidor del equipo %1 no pudo empezar una transacción: %2</translation>
    </message>
    <message>
        <source>The team server %1 could not store the change: %2</source>
        <translation>El servidor del equipo %1 no pudo guardar el cambio: %2</translation>
    </message>
    <message>
        <source>The team server %1 did not accept %2&apos;s password (%3). Nothing was changed.</source>
        <translation>El servidor del equipo %1 no aceptó la contraseña de %2 (%3). No se cambió nada.</translation>
    </message>
    <message>
        <source>The team server %1 kept this sync waiting too long (%2): another laptop&apos;s sync may hold the team&apos;s feed, or the server is overloaded. Sync again in a moment.</source>
        <translation>El servidor del equipo %1 hizo esperar demasiado a esta sincronización (%2): quizá la sincronización de otra computadora tiene ocupado el canal del equipo, o el servidor está sobrecargado. Vuelva a sincronizar en un momento.</translation>
    </message>
</context>
<context>
    <name>ServerFeed</name>
    <message>
        <source>The team server %1 has no team &quot;%2&quot; that %3 is a member of (the owner adds members with: coalition server add-member). Nothing was changed.</source>
        <translation>El servidor del equipo %1 no tiene ningún equipo «%2» del que %3 sea miembro (el propietario añade miembros con: coalition server add-member). No se cambió nada.</translation>
    </message>
    <message>
        <source>The team&apos;s feed on %1 was folded into a new snapshot by another laptop while this sync read it. Nothing was changed; sync again.</source>
        <translation>Otra computadora reunió el canal del equipo en %1 en una instantánea nueva mientras esta sincronización lo leía. No se cambió nada; vuelva a sincronizar.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Team server password</source>
        <translation>Contraseña del servidor del equipo</translation>
    </message>
    <message>
        <source>The team&apos;s feed is on the team server as %1. Enter your password for it to sync (the server&apos;s owner gave it to you).</source>
        <translation>El canal del equipo está en el servidor del equipo como %1. Escriba su contraseña para sincronizar (se la dio el propietario del servidor).</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Re&amp;member it in this computer&apos;s keyring</source>
        <translation>Re&amp;cordarla en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>The team server&apos;s schema is version %1, newer than this Coalition&apos;s %2; update Coalition.</source>
        <translation>El esquema del servidor del equipo es la versión %1, más nueva que la %2 de esta versión de Coalition; actualice Coalition.</translation>
    </message>
    <message>
        <source>The database %1 on %2 holds no Coalition team server; its owner sets one up with: coalition server init.</source>
        <translation>La base de datos %1 en %2 no contiene un servidor del equipo de Coalition; su propietario lo prepara con: coalition server init.</translation>
    </message>
    <message>
        <source>The team server was set up by a newer Coalition (schema %1); update Coalition to sync.</source>
        <translation>El servidor del equipo lo preparó una versión más nueva de Coalition (esquema %1); actualice Coalition para sincronizar.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetDates</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>The file&apos;s dates mix day/month (%1) and month/day (%2); write them one way, or as YYYY-MM-DD.</source>
        <translation>Las fechas del archivo mezclan día/mes (%1) y mes/día (%2); escríbalas de una sola manera, o como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day; choose the order of the file&apos;s dates.</source>
        <translation>«%1» puede ser día/mes o mes/día; elija el orden de las fechas del archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Use YYYY-MM-DD (such as 2021-12-30) or the way your spreadsheet writes dates (12/30/2021, 30/12/2021, 30.12.2021).</source>
        <translation>«%1» no es una fecha. Use AAAA-MM-DD (como 2021-12-30) o la forma en que su hoja de cálculo escribe las fechas (12/30/2021, 30/12/2021, 30.12.2021).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid time of day. Write it as 18:30 or 6:30 PM.</source>
        <translation>«%1» no tiene una hora válida. Escríbala como 18:30 o 6:30 PM.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Database error: %1</source>
        <translation>Error de la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk holding %1 is full; make room and try again.</source>
        <translation>El disco donde está %1 está lleno; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only, or belongs to another user.</source>
        <translation>No se puede escribir en %1: el archivo o su carpeta son de solo lectura, o pertenecen a otra persona usuaria.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (another Coalition window, a sync, or a database tool); try again when it is done.</source>
        <translation>%1 está en uso por otro programa (otra ventana de Coalition, una sincronización o una herramienta de bases de datos); vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed: %2.</source>
        <translation>Falló la lectura o escritura de %1: %2.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Sync: no shared feed set (Preferences)</source>
        <translation>Sincronización: no hay canal compartido (Preferencias)</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sincronización: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Choose the team&apos;s shared feed, a file or a URL, in Preferences first.</source>
        <translation>Primero elija en Preferencias el canal compartido del equipo, un archivo o una URL.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Last sync %1: %2</source>
        <translation>Última sincronización %1: %2</translation>
    </message>
    <message>
        <source>Sync waiting at %1: %2</source>
        <translation>Sincronización en espera a las %1: %2</translation>
    </message>
    <message>
        <source>Sync would delete many records</source>
        <translation>La sincronización borraría muchos registros</translation>
    </message>
    <message>
        <source>Delete them here too? Choose No to keep them and look into it first.</source>
        <translation>¿Borrarlos también aquí? Elija No para conservarlos y revisarlo antes.</translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
        <translation>La sincronización falló a las %1: %2</translation>
    </message>
    <message>
        <source>Sync waiting at %1: the team passphrase is needed (File &gt; Sync now, F5)</source>
        <translation>Sincronización en espera a las %1: falta la frase de contraseña del equipo (Archivo &gt; Sincronizar ahora, F5)</translation>
    </message>
    <message>
        <source>That passphrase does not open this feed. Check it with whoever gave it to you.</source>
        <translation>Esa frase de contraseña no abre este canal. Compruébela con quien se la dio.</translation>
    </message>
    <message>
        <source>(The passphrase could not be kept in the keyring: %1)</source>
        <translation>(No se pudo guardar la frase de contraseña en el llavero: %1)</translation>
    </message>
    <message>
        <source>team %1 on %2</source>
        <translation>equipo %1 en %2</translation>
    </message>
    <message>
        <source>(The password could not be kept in the keyring: %1)</source>
        <translation>(No se pudo guardar la contraseña en el llavero: %1)</translation>
    </message>
    <message>
        <source>Team server out of reach since %1: working offline</source>
        <translation>Servidor del equipo inaccesible desde las %1: se trabaja sin conexión</translation>
    </message>
    <message>
        <source>Edits made here sync when the server is back. %1</source>
        <translation>Los cambios hechos aquí se sincronizarán cuando vuelva el servidor. %1</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync log and conflicts</source>
        <translation>Registro de sincronización y conflictos</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Se quedó</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What arrived</source>
        <translation>Qué llegó</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>&amp;Keep the other value</source>
        <translation>&amp;Quedarse con el otro valor</translation>
    </message>
    <message>
        <source>Put the other value back: a new edit the next sync carries to everyone</source>
        <translation>Volver a poner el otro valor: un cambio nuevo que la próxima sincronización lleva a todos</translation>
    </message>
    <message>
        <source>&amp;Leave as it is</source>
        <translation>&amp;Dejarlo como está</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictos</translation>
    </message>
    <message>
        <source>Sync &amp;log</source>
        <translation>&amp;Registro de sincronización</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>(a record deleted since)</source>
        <translation>(un registro eliminado desde entonces)</translation>
    </message>
    <message>
        <source>No conflicts: every edit that arrived was merged without a clash.</source>
        <translation>No hay conflictos: cada cambio que llegó se fusionó sin choques.</translation>
    </message>
    <message>
        <source>Choose a conflict to see it in full.</source>
        <translation>Elija un conflicto para verlo completo.</translation>
    </message>
    <message>
        <source>“%1”, %2: the value kept is %3 (by %4); the other value was %5 (by %6). Found %7.</source>
        <translation>«%1», %2: el valor que se conservó es %3 (de %4); el otro valor era %5 (de %6). Encontrado el %7.</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>%1 added, %2 changed, %3 deleted</source>
        <translation>%1 añadidos, %2 cambiados, %3 borrados</translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s)</source>
        <translation>
            <numerusform>, %n conflicto</numerusform>
            <numerusform>, %n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source> — changes by %1</source>
        <translation> — cambios de %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>%1 added by %2</source>
        <translation>%1 añadidos por %2</translation>
    </message>
    <message>
        <source>%1 changed by %2</source>
        <translation>%1 cambiados por %2</translation>
    </message>
    <message>
        <source>%1 deleted by %2</source>
        <translation>%1 borrados por %2</translation>
    </message>
    <message>
        <source>%1 conflict, an edit by %2 set aside</source>
        <translation>%1 conflicto, se apartó un cambio de %2</translation>
    </message>
    <message>
        <source>%1 conflicts, edits by %2 set aside</source>
        <translation>%1 conflictos, se apartaron cambios de %2</translation>
    </message>
    <message>
        <source>This conflict cannot be undone here.</source>
        <translation>Este conflicto no se puede deshacer aquí.</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>campañas</translation>
    </message>
    <message>
        <source>campaign partners</source>
        <translation>aliadas de campañas</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>The feed holds a value this database cannot store, in %1 record %2 (%3). Nothing was changed; the feed may have been damaged or edited by hand.</source>
        <translation>El canal contiene un valor que esta base de datos no puede guardar, en %1, registro %2 (%3). No se cambió nada; puede que el canal esté dañado o se haya editado a mano.</translation>
    </message>
</context>
<context>
    <name>TableRows</name>
    <message>
        <source>Unknown column &quot;%1&quot;; choose from %2.</source>
        <translation>Columna desconocida «%1»; elija entre %2.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>There is no campaign named &quot;%1&quot;.</source>
        <translation>No hay ninguna campaña llamada «%1».</translation>
    </message>
</context>
<context>
    <name>TeamServerLink</name>
    <message>
        <source>The server did not accept that password. Check it with the server&apos;s owner.</source>
        <translation>El servidor no aceptó esa contraseña. Compruébela con el propietario del servidor.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&quot;%1&quot; is not a date. Use YYYY-MM-DD, such as 2021-12-30.</source>
        <translation>«%1» no es una fecha. Use AAAA-MM-DD, por ejemplo 2021-12-30.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>action status</source>
        <translation>estado de tarea</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>campaign status</source>
        <translation>estado de campaña</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>partner role</source>
        <translation>papel de aliada</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Coordinadora</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Aliada</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>kind of action</source>
        <translation>tipo de tarea</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Adhesión</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>Donación</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>kind of organization</source>
        <translation>tipo de organización</translation>
    </message>
    <message>
        <source>Nonprofit</source>
        <translation>Sin fines de lucro</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalición</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Colectivo</translation>
    </message>
    <message>
        <source>Campaign group</source>
        <translation>Grupo de campaña</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medio de comunicación</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universidad</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiadora</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
</context>
<context>
    <name>WindowToolBar</name>
    <message>
        <source>Common actions</source>
        <translation>Acciones frecuentes</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>the disk is full (%1 free on %2); make room and try again</source>
        <translation>el disco está lleno (%1 libres en %2); libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>el sistema no dio ningún motivo</translation>
    </message>
</context>
</TS>
