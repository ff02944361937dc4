package id.warga.programmes;

import java.math.BigDecimal;

/** An application for a resident: NIK, university, study programme, the semester they are in and their GPA so far. */
public record NewScholarship(String nik, String university, String studyProgramme, Integer semester, BigDecimal gpa) {}
