import java.util.Locale;

/**
 * Prints the ISO 3166-1 countries with their English and French names from the JDK's CLDR data, one per line:
 * code, English name, French name, tab-separated. Run by build.sh with the JDK's single-file launcher.
 */
public class CountryNames {
    public static void main(String[] args) {
        Locale french = Locale.FRENCH;
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            System.out.println(code + "\t" + country.getDisplayCountry(Locale.ENGLISH) + "\t"
                    + country.getDisplayCountry(french));
        }
    }
}
