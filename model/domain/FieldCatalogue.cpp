#include "model/domain/FieldCatalogue.h"

#include <QCoreApplication>

namespace {

using K = FieldKind;

FieldSpec text(const QString &column, const char *label, QStringList synonyms, K kind = K::Text)
{
    FieldSpec spec;
    spec.column = column;
    spec.kind = kind;
    spec.label = label;
    spec.csvName = column;
    spec.csvSynonyms = std::move(synonyms);
    spec.nullable = kind == K::Date || kind == K::Instant;
    return spec;
}

FieldSpec reference(const QString &column, EntityKind target, const QString &csvName,
                    const char *label, QStringList synonyms, bool nullable = true)
{
    FieldSpec spec = text(column, label, std::move(synonyms), K::Reference);
    spec.csvName = csvName;
    spec.references = target;
    spec.nullable = nullable;
    return spec;
}

FieldSpec notImported(FieldSpec spec)
{
    spec.imported = false;
    return spec;
}

FieldSpec tags()
{
    return text(QStringLiteral("tags"), QT_TRANSLATE_NOOP("FieldCatalogue", "Tags"),
                {QStringLiteral("labels"), QStringLiteral("etiquetas")}, K::Tags);
}

FieldSpec email()
{
    return text(QStringLiteral("email"), QT_TRANSLATE_NOOP("FieldCatalogue", "Email"),
                {QStringLiteral("emailaddress"), QStringLiteral("mail"), QStringLiteral("correo"),
                 QStringLiteral("correoelectrónico"), QStringLiteral("correoelectronico")},
                K::Email);
}

FieldSpec phone(QStringList more = {})
{
    QStringList synonyms = {QStringLiteral("phonenumber"), QStringLiteral("telephone"),
                            QStringLiteral("tel"), QStringLiteral("teléfono"),
                            QStringLiteral("telefono")};
    return text(QStringLiteral("phone"), QT_TRANSLATE_NOOP("FieldCatalogue", "Phone"),
                synonyms + more, K::Phone);
}

EntitySpec organizations()
{
    return {
        EntityKind::Organization,
        QStringLiteral("organizations"),
        {text(QStringLiteral("name"), QT_TRANSLATE_NOOP("FieldCatalogue", "Name"),
              {QStringLiteral("organization"), QStringLiteral("org"),
               QStringLiteral("organisation"), QStringLiteral("organizationname"),
               QStringLiteral("nombre"), QStringLiteral("organización"),
               QStringLiteral("organizacion")}),
         text(QStringLiteral("acronym"), QT_TRANSLATE_NOOP("FieldCatalogue", "Acronym"),
              {QStringLiteral("shortname"), QStringLiteral("abbreviation"),
               QStringLiteral("siglas"), QStringLiteral("acrónimo"), QStringLiteral("acronimo")}),
         text(QStringLiteral("kind"), QT_TRANSLATE_NOOP("FieldCatalogue", "Kind"),
              {QStringLiteral("type"), QStringLiteral("tipo")}),
         text(QStringLiteral("region"), QT_TRANSLATE_NOOP("FieldCatalogue", "City or region"),
              {QStringLiteral("city"), QStringLiteral("cityorregion"), QStringLiteral("location"),
               QStringLiteral("state"), QStringLiteral("ciudad"), QStringLiteral("región"),
               QStringLiteral("ciudadoregión")}),
         text(QStringLiteral("website"), QT_TRANSLATE_NOOP("FieldCatalogue", "Website"),
              {QStringLiteral("web"), QStringLiteral("url"), QStringLiteral("site"),
               QStringLiteral("homepage"), QStringLiteral("sitioweb"), QStringLiteral("páginaweb"),
               QStringLiteral("paginaweb")},
              K::WebAddress),
         email(), phone(),
         text(QStringLiteral("description"), QT_TRANSLATE_NOOP("FieldCatalogue", "Description"),
              {QStringLiteral("about"), QStringLiteral("notes"), QStringLiteral("descripción"),
               QStringLiteral("descripcion")},
              K::LongText),
         tags()}};
}

EntitySpec contacts()
{
    return {EntityKind::Contact,
            QStringLiteral("contacts"),
            {text(QStringLiteral("name"), QT_TRANSLATE_NOOP("FieldCatalogue", "Name"),
                  {QStringLiteral("fullname"), QStringLiteral("contact"), QStringLiteral("person"),
                   QStringLiteral("contactname"), QStringLiteral("nombre"),
                   QStringLiteral("nombrecompleto"), QStringLiteral("contacto"),
                   QStringLiteral("persona")}),
             reference(QStringLiteral("organization_id"), EntityKind::Organization,
                       QStringLiteral("organization"),
                       QT_TRANSLATE_NOOP("FieldCatalogue", "Organization"),
                       {QStringLiteral("org"), QStringLiteral("organisation"),
                        QStringLiteral("company"), QStringLiteral("group"),
                        QStringLiteral("organizationname"), QStringLiteral("organización"),
                        QStringLiteral("organizacion"), QStringLiteral("empresa"),
                        QStringLiteral("grupo")}),
             text(QStringLiteral("role"), QT_TRANSLATE_NOOP("FieldCatalogue", "Role"),
                  {QStringLiteral("title"), QStringLiteral("position"), QStringLiteral("jobtitle"),
                   QStringLiteral("cargo"), QStringLiteral("puesto"), QStringLiteral("rol")}),
             email(),
             phone({QStringLiteral("mobile"), QStringLiteral("cell"), QStringLiteral("celular"),
                    QStringLiteral("móvil"), QStringLiteral("movil")}),
             text(QStringLiteral("notes"), QT_TRANSLATE_NOOP("FieldCatalogue", "Notes"),
                  {QStringLiteral("note"), QStringLiteral("comments"), QStringLiteral("notas"),
                   QStringLiteral("comentarios")},
                  K::LongText),
             tags()}};
}

EntitySpec campaigns()
{
    return {EntityKind::Campaign,
            QStringLiteral("campaigns"),
            {text(QStringLiteral("name"), QT_TRANSLATE_NOOP("FieldCatalogue", "Name"),
                  {QStringLiteral("nombre")}),
             text(QStringLiteral("status"), QT_TRANSLATE_NOOP("FieldCatalogue", "Status"),
                  {QStringLiteral("estado")}, K::Vocabulary),
             text(QStringLiteral("issue_area"), QT_TRANSLATE_NOOP("FieldCatalogue", "Issue area"),
                  {QStringLiteral("issue"), QStringLiteral("tema")}),
             text(QStringLiteral("goal"), QT_TRANSLATE_NOOP("FieldCatalogue", "Goal or ask"),
                  {QStringLiteral("ask"), QStringLiteral("meta"), QStringLiteral("demanda")}),
             text(QStringLiteral("target"),
                  QT_TRANSLATE_NOOP("FieldCatalogue", "Target decision-maker"),
                  {QStringLiteral("decisionmaker"), QStringLiteral("destinatario")}),
             text(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("FieldCatalogue", "Start date"),
                  {QStringLiteral("start"), QStringLiteral("fechadeinicio")}, K::Date),
             text(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("FieldCatalogue", "End date"),
                  {QStringLiteral("end"), QStringLiteral("fechadefin")}, K::Date),
             text(QStringLiteral("description"), QT_TRANSLATE_NOOP("FieldCatalogue", "Description"),
                  {QStringLiteral("descripción"), QStringLiteral("descripcion")}, K::LongText),
             text(QStringLiteral("links"), QT_TRANSLATE_NOOP("FieldCatalogue", "Links"),
                  {QStringLiteral("enlaces")}, K::LongText),
             tags()}};
}

EntitySpec campaignPartners()
{
    return {EntityKind::CampaignPartner,
            QStringLiteral("campaign_partners"),
            {reference(QStringLiteral("campaign_id"), EntityKind::Campaign,
                       QStringLiteral("campaign"), QT_TRANSLATE_NOOP("FieldCatalogue", "Campaign"),
                       {QStringLiteral("campaña")}, false),
             reference(QStringLiteral("organization_id"), EntityKind::Organization,
                       QStringLiteral("organization"),
                       QT_TRANSLATE_NOOP("FieldCatalogue", "Organization"),
                       {QStringLiteral("organización")}, false),
             text(QStringLiteral("role"), QT_TRANSLATE_NOOP("FieldCatalogue", "Role"),
                  {QStringLiteral("rol"), QStringLiteral("papel")}, K::Vocabulary),
             text(QStringLiteral("commitment"), QT_TRANSLATE_NOOP("FieldCatalogue", "Commitment"),
                  {QStringLiteral("compromiso")}, K::LongText),
             tags()}};
}

EntitySpec actionItems()
{
    return {
        EntityKind::ActionItem,
        QStringLiteral("action_items"),
        {text(QStringLiteral("title"), QT_TRANSLATE_NOOP("FieldCatalogue", "Title"),
              {QStringLiteral("action"), QStringLiteral("task"), QStringLiteral("actionitem"),
               QStringLiteral("name"), QStringLiteral("título"), QStringLiteral("titulo"),
               QStringLiteral("acción"), QStringLiteral("accion"), QStringLiteral("tarea")}),
         text(QStringLiteral("kind"), QT_TRANSLATE_NOOP("FieldCatalogue", "Kind"),
              {QStringLiteral("type"), QStringLiteral("tipo")}),
         reference(QStringLiteral("campaign_id"), EntityKind::Campaign, QStringLiteral("campaign"),
                   QT_TRANSLATE_NOOP("FieldCatalogue", "Campaign"),
                   {QStringLiteral("campaignname"), QStringLiteral("campaña"),
                    QStringLiteral("campana")}),
         reference(QStringLiteral("organization_id"), EntityKind::Organization,
                   QStringLiteral("organization"),
                   QT_TRANSLATE_NOOP("FieldCatalogue", "Organization"),
                   {QStringLiteral("org"), QStringLiteral("organisation"),
                    QStringLiteral("partner"), QStringLiteral("organización"),
                    QStringLiteral("organizacion"), QStringLiteral("socio")}),
         text(QStringLiteral("owner"), QT_TRANSLATE_NOOP("FieldCatalogue", "Owner"),
              {QStringLiteral("assignee"), QStringLiteral("assignedto"), QStringLiteral("who"),
               QStringLiteral("responsable"), QStringLiteral("encargado"),
               QStringLiteral("asignadoa")}),
         text(QStringLiteral("due_date"), QT_TRANSLATE_NOOP("FieldCatalogue", "Due date"),
              {QStringLiteral("due"), QStringLiteral("deadline"), QStringLiteral("date"),
               QStringLiteral("duedate"), QStringLiteral("fecha"), QStringLiteral("fechalímite"),
               QStringLiteral("fechalimite"), QStringLiteral("vence"), QStringLiteral("plazo")},
              K::Date),
         text(QStringLiteral("event_start"), QT_TRANSLATE_NOOP("FieldCatalogue", "Event start"),
              {QStringLiteral("start"), QStringLiteral("starts"), QStringLiteral("begins"),
               QStringLiteral("starttime"), QStringLiteral("startdate"),
               QStringLiteral("iniciodelevento"), QStringLiteral("inicio"),
               QStringLiteral("empieza")},
              K::Instant),
         text(QStringLiteral("event_end"), QT_TRANSLATE_NOOP("FieldCatalogue", "Event end"),
              {QStringLiteral("end"), QStringLiteral("ends"), QStringLiteral("endtime"),
               QStringLiteral("enddate"), QStringLiteral("findelevento"), QStringLiteral("fin"),
               QStringLiteral("termina")},
              K::Instant),
         text(QStringLiteral("all_day"), QT_TRANSLATE_NOOP("FieldCatalogue", "All day"),
              {QStringLiteral("alldayevent"), QStringLiteral("todoeldía"),
               QStringLiteral("todoeldia")},
              K::Flag),
         text(QStringLiteral("recurrence"), QT_TRANSLATE_NOOP("FieldCatalogue", "Repeats"),
              {QStringLiteral("rrule"), QStringLiteral("recurrence"), QStringLiteral("repeat"),
               QStringLiteral("se repite"), QStringLiteral("serepite"),
               QStringLiteral("repetición"), QStringLiteral("repeticion")},
              K::Recurrence),
         text(QStringLiteral("series_start"), QT_TRANSLATE_NOOP("FieldCatalogue", "Series starts"),
              {QStringLiteral("seriesstart"), QStringLiteral("iniciodelaserie")}, K::Date),
         text(QStringLiteral("location"), QT_TRANSLATE_NOOP("FieldCatalogue", "Location"),
              {QStringLiteral("where"), QStringLiteral("place"), QStringLiteral("lugar"),
               QStringLiteral("ubicación"), QStringLiteral("ubicacion")}),
         text(QStringLiteral("status"), QT_TRANSLATE_NOOP("FieldCatalogue", "Status"),
              {QStringLiteral("state"), QStringLiteral("estado")}, K::Vocabulary),
         text(QStringLiteral("priority"), QT_TRANSLATE_NOOP("FieldCatalogue", "Priority"),
              {QStringLiteral("prioridad")}, K::Vocabulary),
         text(QStringLiteral("link"), QT_TRANSLATE_NOOP("FieldCatalogue", "Link"),
              {QStringLiteral("url"), QStringLiteral("website"), QStringLiteral("enlace"),
               QStringLiteral("vínculo")},
              K::WebAddress),
         text(QStringLiteral("notes"), QT_TRANSLATE_NOOP("FieldCatalogue", "Notes"),
              {QStringLiteral("note"), QStringLiteral("comments"), QStringLiteral("description"),
               QStringLiteral("notas"), QStringLiteral("comentarios"),
               QStringLiteral("descripción")},
              K::LongText),
         tags(),
         notImported(text(QStringLiteral("completed_at"),
                          QT_TRANSLATE_NOOP("FieldCatalogue", "Completed"), {}, K::Instant))}};
}

} // namespace

FieldCatalogue::FieldCatalogue(QVector<EntitySpec> entities) : m_entities(std::move(entities)) {}

const FieldCatalogue &FieldCatalogue::standard()
{
    // In the order records must be written so references find their records.
    static const FieldCatalogue catalogue(
        {organizations(), campaigns(), contacts(), campaignPartners(), actionItems()});
    return catalogue;
}

const EntitySpec *FieldCatalogue::entity(const QString &table) const
{
    for (const EntitySpec &spec : m_entities) {
        if (spec.table == table)
            return &spec;
    }
    return nullptr;
}

const EntitySpec &FieldCatalogue::entity(EntityKind kind) const
{
    for (const EntitySpec &spec : m_entities) {
        if (spec.kind == kind)
            return spec;
    }
    Q_UNREACHABLE();
}

const FieldSpec *FieldCatalogue::field(const QString &table, const QString &column) const
{
    if (const EntitySpec *spec = entity(table)) {
        for (const FieldSpec &field : spec->fields) {
            if (field.column == column)
                return &field;
        }
    }
    return nullptr;
}

QStringList FieldCatalogue::syncedFields(const QString &table) const
{
    QStringList columns;
    if (const EntitySpec *spec = entity(table)) {
        for (const FieldSpec &field : spec->fields) {
            if (field.synced)
                columns << field.column;
        }
    }
    return columns;
}

QString FieldCatalogue::label(const QString &table, const QString &column) const
{
    if (const FieldSpec *spec = field(table, column))
        return QCoreApplication::translate("FieldCatalogue", spec->label);
    return QString(column).replace(QLatin1Char('_'), QLatin1Char(' '));
}
