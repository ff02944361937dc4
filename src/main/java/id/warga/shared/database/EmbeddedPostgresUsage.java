package id.warga.shared.database;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Ties the embedded server's life to the application context: every DataSource depends on this
 * bean, so the server is released only after the context has closed its connections.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(EmbeddedPostgresServers.RUNNING_DIRECTORY)
class EmbeddedPostgresUsage {

    static final String BEAN = "embeddedPostgresHandle";

    @Bean(BEAN)
    Handle embeddedPostgresHandle(Environment environment) {
        return new Handle(Path.of(environment.getRequiredProperty(EmbeddedPostgresServers.RUNNING_DIRECTORY)));
    }

    @Bean
    static BeanFactoryPostProcessor dataSourcesDependOnEmbeddedPostgres() {
        return (ConfigurableListableBeanFactory factory) -> {
            for (String name : factory.getBeanNamesForType(DataSource.class, true, false)) {
                BeanDefinition definition = factory.getBeanDefinition(name);
                String[] dependsOn = definition.getDependsOn();
                String[] extended =
                        dependsOn == null ? new String[1] : java.util.Arrays.copyOf(dependsOn, dependsOn.length + 1);
                extended[extended.length - 1] = BEAN;
                definition.setDependsOn(extended);
            }
        };
    }

    static final class Handle implements DisposableBean {
        private final Path directory;

        Handle(Path directory) {
            this.directory = directory;
            EmbeddedPostgresServers.retain(directory);
        }

        @Override
        public void destroy() {
            EmbeddedPostgresServers.release(directory);
        }
    }
}
