#include "widgets/SecretField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

SecretField::SecretField(const QString &name, QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(name + u"Edit");
    m_edit->setEchoMode(QLineEdit::Password); // also disables copy and drag out of the field
    m_edit->setAccessibleName(name);
    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(name + u"Reveal");
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the value"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);

    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
        m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(on ? tr("Hide") : tr("Show"));
    });
    connect(m_edit, &QLineEdit::textEdited, this, &SecretField::edited);
}

SecretField::~SecretField() = default;

QString SecretField::value() const
{
    return m_edit->text();
}

void SecretField::setValue(const QString &value)
{
    setRevealed(false);
    m_original = value;
    m_edit->setText(value);
}

bool SecretField::isEdited() const
{
    return m_edit->text() != m_original;
}

void SecretField::setPlaceholder(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

bool SecretField::isRevealed() const
{
    return m_reveal->isChecked();
}

void SecretField::setRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
}
