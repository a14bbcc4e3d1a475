import { useId, type CSSProperties, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ExternalLink } from '../../components/external-link';
import { Field, FieldList } from '../../components/field-list';
import { MissingValue } from '../../components/missing-value';
import { PlainList } from '../../components/plain-list';
import { TextBlock } from '../../components/text-block';
import {
  actorName,
  affirmativeActionText,
  ageText,
  candidacyPath,
  educationLevelText,
  educationStatusText,
  genderProposalTitle,
  identityAnswerText,
  proposalSlots,
  roleLabel,
  sortedIdentity,
  textSections,
} from '../../lib/candidacy-text';
import { useLabels, type LabelFor } from '../../lib/catalogs-context';
import { formatDateTime } from '../../lib/format';
import type { CandidacyDetail } from '../../types/api';

type Render = (c: CandidacyDetail, label: LabelFor) => ReactNode;

// The sections of the profile, in the same order, one column per candidacy.
const sections: { title: string; render: Render }[] = [
  {
    title: 'Datos generales',
    render: (c, label) => (
      <FieldList>
        <Field label="Partido, coalición o candidatura">
          {actorName(c.actor)}
        </Field>
        <Field label="Calidad en la fórmula">
          {roleLabel(label, c.role, c.sex)}
        </Field>
        <Field label="Sexo">{label('sex', c.sex)}</Field>
        <Field label="Edad">{ageText(c.age)}</Field>
        <Field label="Acción afirmativa">{affirmativeActionText(c)}</Field>
      </FieldList>
    ),
  },
  {
    title: 'Contacto de campaña',
    render: (c) => (
      <FieldList>
        <Field label="Teléfonos">
          <PlainList items={c.contact.phones} />
        </Field>
        <Field label="Correos electrónicos">
          <PlainList
            items={c.contact.emails}
            render={(e) => <span className="breakable">{e}</span>}
          />
        </Field>
        <Field label="Página web">
          {c.contact.website && <ExternalLink href={c.contact.website} />}
        </Field>
        <Field label="Redes sociales">
          <PlainList
            items={c.contact.socialNetworks}
            render={(n) => <ExternalLink href={n.url} />}
          />
        </Field>
      </FieldList>
    ),
  },
  {
    title: 'Formación académica',
    render: (c, label) => (
      <FieldList>
        <Field label="Grado máximo">
          {educationLevelText(label, c.education)}
        </Field>
        <Field label="Estatus">{educationStatusText(label, c.education)}</Field>
        <Field label="Otros estudios">
          <PlainList items={c.education.otherStudies} />
        </Field>
      </FieldList>
    ),
  },
  ...textSections.map(({ key, title }) => ({
    title,
    render: (c: CandidacyDetail) => <TextBlock text={c[key]} />,
  })),
  {
    title: 'Propuestas',
    render: (c) => (
      <ol className="proposal-list">
        {proposalSlots(c.proposals).map((text, i) => (
          <li key={i}>
            <p className="proposal-title">Propuesta {i + 1}</p>
            {text ? <TextBlock text={text} /> : <MissingValue />}
          </li>
        ))}
      </ol>
    ),
  },
  {
    title: genderProposalTitle,
    render: (c) => <TextBlock text={c.genderProposal} />,
  },
  {
    title: 'Cuestionario de identidad',
    render: (c) =>
      c.identity.length === 0 ? (
        <p className="missing">No hay respuestas publicadas.</p>
      ) : (
        <FieldList>
          {sortedIdentity(c.identity).map((a) => (
            <Field key={a.question} label={a.questionText}>
              {identityAnswerText(a)}
            </Field>
          ))}
        </FieldList>
      ),
  },
  {
    title: 'Currículum',
    render: (c) =>
      c.curriculumUrl ? (
        <ExternalLink href={c.curriculumUrl}>Consultar currículum</ExternalLink>
      ) : (
        <MissingValue />
      ),
  },
  {
    title: 'Fórmula',
    render: (c, label) =>
      c.ticketPartner ? (
        <p>
          {roleLabel(label, c.ticketPartner.role, c.ticketPartner.sex)}:{' '}
          <Link to={candidacyPath(c.ticketPartner.id)}>
            {c.ticketPartner.name}
          </Link>
        </p>
      ) : (
        <MissingValue />
      ),
  },
  {
    title: 'Fuente de la información',
    render: (c) => (
      <FieldList>
        <Field label="Publicado por">{c.source.publisher}</Field>
        <Field label="Última actualización">
          {formatDateTime(c.updatedAt)}
        </Field>
      </FieldList>
    ),
  },
];

export function CompareSections({
  candidacies,
}: {
  candidacies: CandidacyDetail[];
}) {
  const label = useLabels();
  return (
    <div
      className="comparison"
      style={{ '--columns': candidacies.length } as CSSProperties}
    >
      <ul className="compare-heads" aria-label="Candidaturas comparadas">
        {candidacies.map((c) => (
          <li key={c.id}>
            <Link to={candidacyPath(c.id)}>{c.name}</Link>
            <span className="result-meta"> · {actorName(c.actor)}</span>
          </li>
        ))}
      </ul>
      {sections.map((section) => (
        <CompareSection key={section.title} title={section.title}>
          {candidacies.map((c) => (
            <div key={c.id} className="compare-cell">
              <h3 className="compare-name">{c.name}</h3>
              {section.render(c, label)}
            </div>
          ))}
        </CompareSection>
      ))}
    </div>
  );
}

function CompareSection({
  title,
  children,
}: {
  title: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="compare-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="compare-grid">{children}</div>
    </section>
  );
}
