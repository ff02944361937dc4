package id.warga.programmes;

import id.warga.population.LabourStatus;
import id.warga.population.LifeStatus;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationDirectory.ResidentQuery;
import id.warga.population.ResidentSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo recipients, once the demo city has residents: in each of the given kelurahan, people 60 and
 * over receive the elderly aid, unemployed adults the BLT, heads of households the household
 * programme, and young adults apply for a scholarship (most awarded). Written through the
 * programmes' own facades, as an administrator, so every rule holds; anything a rule refuses is
 * left out.
 */
final class DemoRecipients {

    private static final Logger log = LoggerFactory.getLogger(DemoRecipients.class);
    private static final String[] UNIVERSITIES = {
        "Universitas Sultan Ageng Tirtayasa", "Universitas Serang Raya", "Politeknik Negeri Jakarta"
    };
    private static final String[] STUDIES = {"Teknik Kimia", "Teknik Metalurgi", "Akuntansi", "Pendidikan Guru SD"};

    private final PopulationDirectory population;
    private final AidProgrammes aid;
    private final Scholarships scholarships;

    DemoRecipients(PopulationDirectory population, AidProgrammes aid, Scholarships scholarships) {
        this.population = population;
        this.aid = aid;
        this.scholarships = scholarships;
    }

    /** Answers how many recipients and scholarships were written. Runs as a user who may do both. */
    int fill(List<String> kelurahan, int year) {
        List<AidProgrammeView> programmes = aid.list(year);
        AidProgrammeView elderly = named(programmes, "lansia");
        AidProgrammeView blt = named(programmes, "BLT");
        AidProgrammeView household = programmes.stream()
                .filter(p -> p.target() == AidTarget.HOUSEHOLD)
                .findFirst()
                .orElse(null);
        Random random = new Random(2025);
        int written = 0;
        for (String code : kelurahan) {
            int old = 0, unemployed = 0, heads = 0, students = 0;
            for (int page = 0; page < 4; page++) {
                List<ResidentSummary> residents = population
                        .residents(new ResidentQuery(code, null, LifeStatus.ALIVE, null, page, 100))
                        .items();
                for (ResidentSummary r : residents) {
                    if (elderly != null && r.age() >= 60 && old < 12 && add(elderly, r.nik())) {
                        old++;
                        written++;
                    } else if (blt != null
                            && r.age() >= 18
                            && r.age() < 60
                            && r.labourStatus() == LabourStatus.UNEMPLOYED
                            && unemployed < 10
                            && add(blt, r.nik())) {
                        unemployed++;
                        written++;
                    } else if (r.age() >= 18 && r.age() <= 23 && students < 8 && apply(r.nik(), random)) {
                        students++;
                        written++;
                    }
                    if (household != null
                            && r.relation() != null
                            && r.relation() == 1
                            && heads < 15
                            && add(household, r.kkNumber())) {
                        heads++;
                        written++;
                    }
                }
            }
        }
        return written;
    }

    private static AidProgrammeView named(List<AidProgrammeView> programmes, String part) {
        return programmes.stream()
                .filter(p -> p.target() == AidTarget.PERSON && p.name().contains(part))
                .findFirst()
                .orElse(null);
    }

    private boolean add(AidProgrammeView programme, String identifier) {
        try {
            aid.addRecipient(programme.id(), identifier);
            return true;
        } catch (RuntimeException refused) {
            log.debug("Demo recipient left out of {}: {}", programme.name(), refused.getMessage());
            return false;
        }
    }

    private boolean apply(String nik, Random random) {
        try {
            int semester = 1 + random.nextInt(7);
            BigDecimal gpa = semester == 1 ? null : BigDecimal.valueOf(300 + random.nextInt(95), 2);
            ScholarshipView applied = scholarships.apply(new NewScholarship(
                    nik,
                    UNIVERSITIES[random.nextInt(UNIVERSITIES.length)],
                    STUDIES[random.nextInt(STUDIES.length)],
                    semester,
                    gpa));
            if (random.nextInt(4) > 0) {
                scholarships.award(applied.id(), applied.version());
            }
            return true;
        } catch (RuntimeException refused) {
            log.debug("Demo scholarship left out: {}", refused.getMessage());
            return false;
        }
    }
}
