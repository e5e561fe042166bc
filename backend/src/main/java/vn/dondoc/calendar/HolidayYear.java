package vn.dondoc.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A year whose holiday schedule the administrator has confirmed against the government's decision. From
 * then on the stored holidays of that year are its whole schedule; a year without this row uses the
 * computed schedule of {@link StatutoryHolidays} with the stored holidays on top, and every due date
 * counted across it is provisional.
 */
@Entity
@Table(name = "holiday_year")
public class HolidayYear extends PanacheEntityBase {

    @Id
    @Column(name = "year_number")
    public Integer year;

    @Column(name = "confirmed_by", nullable = false, length = 200)
    public String confirmedBy;

    @Column(name = "confirmed_at", nullable = false)
    public Instant confirmedAt;

    @Version
    public long version;
}
