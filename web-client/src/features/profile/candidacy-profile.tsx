import { Link } from 'react-router-dom';
import { DemoBanner } from '../../components/demo-banner';
import {
  comparePath,
  genderProposalTitle,
  textSections,
} from '../../lib/candidacy-text';
import { useLabels } from '../../lib/catalogs-context';
import { useProcess } from '../../lib/processes-context';
import { toSafeHref } from '../../lib/safe-url';
import type { CandidacyDetail } from '../../types/api';
import { ListenControl } from './listen/listen-control';
import { speechPieces } from './listen/speech-text';
import { PrintSummary } from './print/print-summary';
import { ContactSection } from './sections/contact-section';
import { CurriculumSection } from './sections/curriculum-section';
import { EducationSection } from './sections/education-section';
import { GeneralSection } from './sections/general-section';
import { IdentitySection } from './sections/identity-section';
import { ProposalsSection } from './sections/proposals-section';
import { SourceSection } from './sections/source-section';
import { StatusNotice } from './sections/status-notice';
import { TextSection } from './sections/text-section';
import { TicketSection } from './sections/ticket-section';

type Props = { candidacy: CandidacyDetail };

export function CandidacyProfile({ candidacy }: Props) {
  const process = useProcess(candidacy.processKey);
  const label = useLabels();
  const photo = toSafeHref(candidacy.photoUrl);
  const back = `/buscar?process=${encodeURIComponent(candidacy.processKey)}`;
  return (
    <article className="profile">
      <title>{`${candidacy.name} · Conóceles`}</title>
      <DemoBanner processKey={candidacy.processKey} />
      <p className="breadcrumb screen-only">
        <Link to={back}>← Buscar otra candidatura</Link>
      </p>
      <header className="profile-header">
        {photo && (
          <img
            className="profile-photo"
            src={photo}
            alt={`Fotografía de ${candidacy.name}`}
            width={120}
            height={150}
          />
        )}
        <div>
          <h1>{candidacy.name}</h1>
          <p className="lead">{process?.name ?? candidacy.processKey}</p>
        </div>
      </header>
      <StatusNotice candidacy={candidacy} />
      <div className="profile-actions screen-only">
        <ListenControl pieces={() => speechPieces(candidacy, label)} />
        <button
          type="button"
          className="button-secondary"
          onClick={() => window.print()}
        >
          Imprimir resumen
        </button>
        <Link className="action-link" to={comparePath([candidacy.id])}>
          Comparar con otras candidaturas del mismo cargo
        </Link>
      </div>
      <PrintSummary candidacy={candidacy} timeZone={process?.timeZone} />
      <div className="profile-body screen-only">
        <GeneralSection candidacy={candidacy} />
        <ContactSection contact={candidacy.contact} />
        <EducationSection education={candidacy.education} />
        {textSections.map(({ key, title }) => (
          <TextSection key={key} title={title} text={candidacy[key]} />
        ))}
        <ProposalsSection proposals={candidacy.proposals} />
        <TextSection
          title={genderProposalTitle}
          text={candidacy.genderProposal}
        />
        <IdentitySection answers={candidacy.identity} />
        <CurriculumSection url={candidacy.curriculumUrl} />
        <TicketSection partner={candidacy.ticketPartner} />
        <SourceSection candidacy={candidacy} timeZone={process?.timeZone} />
      </div>
    </article>
  );
}
