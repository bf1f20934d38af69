#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

//! One secret in an editor: a masked line edit and a "Show" toggle. A new value always starts
//! masked again, so a secret revealed for one profile is never shown for the next.
class SecretField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretField)

public:
    //! `name` ("consumer_secret") names the children: "<name>Edit" and "<name>Reveal".
    explicit SecretField(const QString &name, QWidget *parent = nullptr);
    ~SecretField() override;

    QString value() const;
    //! Sets the value without counting it as an edit, and masks it.
    void setValue(const QString &value);
    bool isEdited() const;
    void setPlaceholder(const QString &text);
    bool isRevealed() const;
    void setRevealed(bool revealed);

Q_SIGNALS:
    void edited();

private:
    QLineEdit *m_edit = nullptr;
    QToolButton *m_reveal = nullptr;
    QString m_original;
};
