// app/session/UndoBinder: form fields → undo commands (see the header).
#include "UndoBinder.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoCommand>
#include <QUndoStack>

namespace xrs::app {

namespace {

class FieldCommand : public QUndoCommand {
public:
    FieldCommand(UndoBinder* binder, QWidget* field, QVariant before, QVariant after, const QString& text)
        : QUndoCommand(text), m_binder(binder), m_field(field), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { set(m_before); }
    void redo() override
    {
        if (m_first) {  // recorded after the user made the change
            m_first = false;
            return;
        }
        set(m_after);
    }

private:
    void set(const QVariant& value)
    {
        // A form that was closed takes its commands with it (the stack drops obsolete ones).
        if (!m_binder || !m_field) {
            setObsolete(true);
            return;
        }
        m_binder->apply(m_field, value);
    }

    QPointer<UndoBinder> m_binder;
    QPointer<QWidget> m_field;
    QVariant m_before, m_after;
    bool m_first = true;
};

// The line edits inside spin boxes and editable combo boxes belong to those.
bool isPartOfAnotherField(const QWidget* w)
{
    return qobject_cast<const QLineEdit*>(w) && (qobject_cast<const QAbstractSpinBox*>(w->parentWidget()) ||
                                                 qobject_cast<const QComboBox*>(w->parentWidget()));
}

}  // namespace

UndoBinder::UndoBinder(QWidget* form, QUndoStack* stack) : QObject(form), m_form(form), m_stack(stack)
{
    bind();
}

QVariant UndoBinder::valueOf(const QWidget* field)
{
    if (const auto* s = qobject_cast<const QSpinBox*>(field)) return s->value();
    if (const auto* d = qobject_cast<const QDoubleSpinBox*>(field)) return d->value();
    if (const auto* e = qobject_cast<const QLineEdit*>(field)) return e->text();
    if (const auto* c = qobject_cast<const QComboBox*>(field)) return c->currentIndex();
    if (const auto* b = qobject_cast<const QCheckBox*>(field)) return b->isChecked();
    return {};
}

void UndoBinder::bind()
{
    if (!m_form) return;
    for (QWidget* w : m_form->findChildren<QWidget*>()) {
        const QString name = w->objectName();
        if (name.isEmpty() || name.startsWith(QLatin1String("qt_")) || m_fields.contains(name) ||
            isPartOfAnotherField(w))
            continue;
        if (auto* s = qobject_cast<QSpinBox*>(w)) {
            connect(s, &QSpinBox::editingFinished, this, [this, w] { commit(w); });
        } else if (auto* d = qobject_cast<QDoubleSpinBox*>(w)) {
            connect(d, &QDoubleSpinBox::editingFinished, this, [this, w] { commit(w); });
        } else if (auto* e = qobject_cast<QLineEdit*>(w)) {
            connect(e, &QLineEdit::editingFinished, this, [this, w] { commit(w); });
        } else if (auto* c = qobject_cast<QComboBox*>(w)) {
            connect(c, &QComboBox::currentIndexChanged, this, [this, w] { commit(w); });
        } else if (auto* b = qobject_cast<QCheckBox*>(w)) {
            connect(b, &QCheckBox::toggled, this, [this, w] { commit(w); });
        } else {
            continue;
        }
        m_fields.insert(name, Field{w, valueOf(w)});
        connect(w, &QObject::destroyed, this, [this, name] { m_fields.remove(name); });
    }
}

void UndoBinder::resync()
{
    for (Field& f : m_fields)
        if (f.widget) f.last = valueOf(f.widget);
}

void UndoBinder::commit(QWidget* field)
{
    auto it = m_fields.find(field->objectName());
    if (it == m_fields.end() || it->widget != field) return;
    const QVariant now = valueOf(field);
    const QVariant before = it->last;
    it->last = now;
    // editingFinished also fires on focus loss without an edit.
    if (m_applying || !m_stack || now == before) return;
    m_stack->push(new FieldCommand(this, field, before, now, tr("Change %1").arg(labelFor(field))));
}

void UndoBinder::apply(QWidget* field, const QVariant& value)
{
    if (!field) return;  // the form is gone
    const bool was = m_applying;
    m_applying = true;
    if (auto* s = qobject_cast<QSpinBox*>(field)) {
        s->setValue(value.toInt());
    } else if (auto* d = qobject_cast<QDoubleSpinBox*>(field)) {
        d->setValue(value.toDouble());
    } else if (auto* e = qobject_cast<QLineEdit*>(field)) {
        e->setText(value.toString());
        emit e->editingFinished();  // forms commit line edits on this signal
    } else if (auto* c = qobject_cast<QComboBox*>(field)) {
        c->setCurrentIndex(value.toInt());
    } else if (auto* b = qobject_cast<QCheckBox*>(field)) {
        b->setChecked(value.toBool());
    }
    m_applying = was;
    auto it = m_fields.find(field->objectName());
    if (it != m_fields.end()) it->last = valueOf(field);
}

QString UndoBinder::labelFor(const QWidget* field) const
{
    // The label that names the field in the form, else its own text, tooltip or objectName.
    if (m_form) {
        for (const QLabel* label : m_form->findChildren<QLabel*>()) {
            if (label->buddy() == field) {
                QString text = label->text();
                text.remove(QLatin1Char('&'));
                if (text.endsWith(QLatin1Char(':'))) text.chop(1);
                if (!text.trimmed().isEmpty()) return text.trimmed();
            }
        }
    }
    if (const auto* b = qobject_cast<const QCheckBox*>(field); b && !b->text().isEmpty())
        return b->text().remove(QLatin1Char('&'));
    if (!field->accessibleName().isEmpty()) return field->accessibleName();
    return field->objectName();
}

}  // namespace xrs::app
